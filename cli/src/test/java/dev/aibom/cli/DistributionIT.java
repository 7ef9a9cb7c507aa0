package dev.aibom.cli;

import dev.aibom.core.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built distribution and runnable jar, unpacked and run as separate processes, as a user runs them (failsafe runs
 * this after {@code package}).
 */
class DistributionIT {
    private static final String VERSION = System.getProperty("aibom.version");
    private static final String JAVA_HOME = System.getProperty("java.home");

    @TempDir
    Path temp;

    record Result(int exitCode, String out, String err) {
    }

    private static Result exec(Path workingDirectory, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().remove("JAVA_OPTS");
        // the class data sharing archive goes into the test's folder, not the user's cache
        builder.environment().put("XDG_CACHE_HOME", workingDirectory.resolve(".cache").toString());
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("aibom-out", ".txt");
        Path err = Files.createTempFile("aibom-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A file of {@code bytes} bytes (sparse: what the launcher looks at is its size). */
    private static void sized(Path file, long bytes) throws IOException {
        try (var out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
    }

    /** Unpacks with the system's tools, so that file modes are what a user gets. */
    private Path unpack(String property, String... command) throws Exception {
        Path archive = Path.of(System.getProperty(property));
        assertThat(archive).exists();
        Path into = Files.createDirectories(temp.resolve(archive.getFileName().toString()));
        List<String> args = new ArrayList<>(Arrays.asList(command));
        args.add(archive.toString());
        Result result = exec(into, Map.of(), args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return into.resolve("aibom-" + VERSION);
    }

    @Test
    void theZipHasTheLayoutAUserExpects() throws Exception {
        try (ZipFile zip = new ZipFile(System.getProperty("aibom.distribution"))) {
            List<String> names = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
            String root = "aibom-" + VERSION + "/";
            assertThat(names).contains(root + "bin/aibom", root + "bin/aibom.bat", root + "README.txt",
                    root + "LICENSE", root + "completion/aibom_completion", root + "licenses/THIRD-PARTY.txt",
                    root + "lib/aibom-cli-" + VERSION + ".jar", root + "lib/aibom-core-" + VERSION + ".jar",
                    root + "lib/picocli-4.7.7.jar", root + "lib/bcprov-jdk18on-1.83.jar");
            // test-only libraries stay out
            assertThat(names).noneMatch(name -> name.contains("wiremock") || name.contains("archunit")
                    || name.contains("junit") || name.contains("assertj"));
            String readme = new String(zip.getInputStream(zip.getEntry(root + "README.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(readme).contains("aibom " + VERSION).contains("bin/aibom review").doesNotContain("${");
            String thirdParty = new String(zip.getInputStream(zip.getEntry(root + "licenses/THIRD-PARTY.txt"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(thirdParty).contains("org.bouncycastle:bcprov-jdk18on", "info.picocli:picocli",
                    "com.fasterxml.jackson.core:jackson-databind");
        }
    }

    /**
     * validate, verify, sign and check read a BOM in one pass and keep no tree: a 44 MB BOM of 30,000 components,
     * whose tree needs several hundred MiB of heap, is validated, signed, verified and checked (with all four reports)
     * by a JVM with a 64 MiB heap.
     */
    @Test
    void validateVerifyAndCheckReadALargeBomInASmallHeap() throws Exception {
        Path home = unpack("aibom.distribution", "unzip", "-q");
        String aibom = home.resolve("bin/aibom").toString();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode example = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(TestFiles.example("supplier-review").resolve("acme-fraud-scoring.cdx.json").toFile());
        example.remove(List.of("signature", "dependencies"));
        com.fasterxml.jackson.databind.node.ObjectNode template =
                (com.fasterxml.jackson.databind.node.ObjectNode) example.get("components").get(0);
        int components = 30_000;
        Path big = temp.resolve("big.cdx.json");
        try (com.fasterxml.jackson.core.JsonGenerator out = json.getFactory().createGenerator(big.toFile(),
                com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            out.writeStartObject();
            for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> member : example.properties()) {
                out.writeFieldName(member.getKey());
                if (member.getKey().equals("components")) {
                    out.writeStartArray();
                    for (int i = 0; i < components; i++) {
                        out.writeTree(template.deepCopy().put("bom-ref", "c-" + i).put("name", "c-" + i));
                    }
                    out.writeEndArray();
                } else {
                    out.writeTree(member.getValue());
                }
            }
            out.writeEndObject();
        }
        assertThat(Files.size(big)).isGreaterThan(40_000_000L);
        Map<String, String> small = Map.of("JAVA_OPTS", "-Xmx64m");
        Result validated = exec(temp, small, aibom, "validate", big.toString(), "--max-bom-size", "200M");
        assertThat(validated.exitCode()).as(validated.err()).isZero();
        assertThat(validated.out()).contains("is a valid CycloneDX 1.6 BOM (" + components + " components");

        Result keys = exec(temp, Map.of(), aibom, "keygen", "--private-key", "k.pem", "--public-key", "k.pub.pem");
        assertThat(keys.exitCode()).as(keys.err()).isZero();
        Result signed = exec(temp, small, aibom, "sign", big.toString(), "--key", "k.pem",
                "--max-bom-size", "200M");
        assertThat(signed.exitCode()).as(signed.err()).isZero();
        Result verified = exec(temp, small, aibom, "verify", big.toString(), "--trusted-key", "k.pub.pem",
                "--skip-files", "--max-bom-size", "200M");
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("valid, trusted", big.toRealPath() + " verified");

        Result checked = exec(temp, small, aibom, "check", big.toString(), "--max-bom-size", "200M", "--suppliers",
                TestFiles.example("supplier-review").resolve("suppliers.yaml").toString(), "--fail-on", "never",
                "--reports", temp.resolve("reports").toString());
        assertThat(checked.exitCode()).as("check judges it a slice at a time, in the same heap: " + checked.err())
                .isZero();
        assertThat(checked.out()).contains("controls: 1 failed, 0 could not be evaluated, 0 waived, 390004 passed,"
                + " 90007 not applicable").contains("reports: ");
        assertThat(temp.resolve("reports/aibom-report.json")).exists();
        assertThat(temp.resolve("reports/aibom-report.html")).exists();
    }

    /**
     * check keeps the BOM's components and findings in temporary files: a temporary folder that cannot take them is a
     * fault of the machine, said in one line with the folder and what to do, never a stack trace nor a BOM called
     * invalid.
     */
    @Test
    void aTemporaryFolderThatCannotTakeTheSpoolIsNamedWithWhatToDo() throws Exception {
        Path home = unpack("aibom.distribution", "unzip", "-q");
        Path review = TestFiles.example("supplier-review");
        Path missing = temp.resolve("no-such-folder");
        Result checked = exec(temp, Map.of("JAVA_OPTS", "-Djava.io.tmpdir=" + missing),
                home.resolve("bin/aibom").toString(), "check", review.resolve("acme-fraud-scoring.cdx.json").toString(),
                "--suppliers", review.resolve("suppliers.yaml").toString(), "--reports", temp.resolve("r").toString());
        assertThat(checked.exitCode()).as(checked.err()).isEqualTo(1);
        assertThat(checked.err()).endsWith("aibom: ERROR cannot create a temporary file in " + missing
                + " (java.io.tmpdir): the folder does not exist. That folder holds parts of a large BOM while aibom"
                + " works (about the size of the BOM, and check's and review's findings); point java.io.tmpdir at a writable"
                + " folder with room, for example -Djava.io.tmpdir=<folder> in JAVA_OPTS (command line), MAVEN_OPTS"
                + " (Maven) or the agent's JVM options (Jenkins).\n").doesNotContain("\tat ", "Exception");
    }

    @Test
    void theUnpackedZipRunsVersionAndAReviewOfTheExample() throws Exception {
        Path home = unpack("aibom.distribution", "unzip", "-q");
        Path aibom = home.resolve("bin/aibom");
        // unzip keeps the mode the assembly gave
        assertThat(Files.getPosixFilePermissions(aibom)).contains(PosixFilePermission.OWNER_EXECUTE);
        Result version = exec(temp, Map.of(), aibom.toString(), "--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("aibom " + VERSION + "\nJava ");
        assertThat(version.err()).isEmpty();

        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("supplier-review"));
        Result reviewed = exec(review, Map.of(), aibom.toString(), "review", "acme-fraud-scoring.cdx.json",
                "--suppliers", "suppliers.yaml");
        assertThat(reviewed.exitCode()).as(reviewed.err()).isZero();
        List<String> lines = reviewed.out().lines().toList();
        assertThat(lines.subList(0, 3)).containsExactly("aibom: reviewing " + review.toRealPath()
                        .resolve("acme-fraud-scoring.cdx.json"),
                "aibom: supplier: ACME ML GmbH, registered as 'acme' (approved)",
                "aibom: signature: signed by ACME ML GmbH's registered key"
                        + " 6e8abde8d01ce9a8a48232db7700c5b8f72fcb9ff9681179f4d054b184ea2d76: VALID");
        assertThat(review.resolve("aibom-review/aibom-report.html")).exists();
        assertThat(reviewed.err()).isEmpty();

        Files.writeString(review.resolve("acme-fraud-scoring.cdx.json"), Files.readString(review.resolve(
                "acme-fraud-scoring.cdx.json")).replace("\"0.91\"", "\"0.99\""));
        Result tampered = exec(review, Map.of(), aibom.toString(), "review", "acme-fraud-scoring.cdx.json",
                "--suppliers", "suppliers.yaml");
        assertThat(tampered.exitCode()).isEqualTo(3);
        assertThat(tampered.out()).contains("aibom: signature: INVALID: the content was changed after signing");

        Result usage = exec(review, Map.of(), aibom.toString(), "review", "acme-fraud-scoring.cdx.json");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).startsWith("aibom: Missing required option: '--suppliers=FILE|URL'");
    }

    /**
     * The launcher runs the streaming commands (validate, verify, sign, check, review) with the serial collector, the
     * others (diff, which holds two trees) with
     * the JVM's default, and leaves a collector chosen in JAVA_OPTS alone (two would stop the JVM). The JVM says which
     * collector it uses with -Xlog:gc.
     */
    @Test
    void theLauncherChoosesTheSerialCollectorForTheStreamingCommandsOnly() throws Exception {
        Path home = unpack("aibom.distribution", "unzip", "-q");
        String aibom = home.resolve("bin/aibom").toString();
        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("collector"));
        Map<String, String> log = Map.of("JAVA_OPTS", "-Xlog:gc:stderr", "AIBOM_CDS", "off");
        Result validated = exec(review, log, aibom, "validate", "acme-fraud-scoring.cdx.json");
        assertThat(validated.exitCode()).as(validated.err()).isZero();
        assertThat(validated.err()).contains("Using Serial");
        Result verified = exec(review, log, aibom, "--max-bom-size", "64M", "verify", "acme-fraud-scoring.cdx.json",
                "--skip-files");
        assertThat(verified.err()).as("the command after aibom's own option and its value").contains("Using Serial");
        Result reviewed = exec(review, log, aibom, "review", "acme-fraud-scoring.cdx.json", "--suppliers",
                "suppliers.yaml");
        assertThat(reviewed.exitCode()).as(reviewed.err()).isZero();
        assertThat(reviewed.err()).as("review streams too").contains("Using Serial");
        Result diffed = exec(review, log, aibom, "diff", "acme-fraud-scoring.cdx.json", "acme-fraud-scoring.cdx.json");
        assertThat(diffed.err()).as("diff holds both BOMs").contains("Using G1").doesNotContain("Using Serial");
        Result chosen = exec(review, Map.of("JAVA_OPTS", "-XX:+UseParallelGC -Xlog:gc:stderr", "AIBOM_CDS", "off"),
                aibom, "validate", "acme-fraud-scoring.cdx.json");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(chosen.err()).contains("Using Parallel").doesNotContain("Using Serial");
    }

    /**
     * validate, verify and sign of BOMs up to 64 MiB, check and review of BOMs up to 32 MiB, run with the quick
     * compiler alone (-XX:TieredStopAtLevel=1); a larger file named on the command line keeps both compilers, as do
     * the other commands and a choice in JAVA_OPTS. The JVM says which with -XX:+PrintFlagsFinal.
     */
    @Test
    void theLauncherChoosesTheQuickCompilerForSmallInputsToTheStreamingCommandsOnly() throws Exception {
        Path home = unpack("aibom.distribution", "unzip", "-q");
        String aibom = home.resolve("bin/aibom").toString();
        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("compiler"));
        Map<String, String> flags = Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal", "AIBOM_CDS", "off");
        java.util.regex.Pattern quick = java.util.regex.Pattern.compile("TieredStopAtLevel\\s+= 1\\s");
        java.util.regex.Pattern both = java.util.regex.Pattern.compile("TieredStopAtLevel\\s+= 4\\s");
        Result small = exec(review, flags, aibom, "verify", "acme-fraud-scoring.cdx.json", "--skip-files",
                "--trusted-key", "keys/acme-ml.pub.pem");
        assertThat(small.exitCode()).as(small.err()).isZero();
        assertThat(small.out()).containsPattern(quick);
        sized(review.resolve("large.cdx.json"), 64L * 1024 * 1024 + 1);
        Result big = exec(review, flags, aibom, "--max-bom-size", "128M", "validate", "large.cdx.json");
        assertThat(big.out()).as("a file over 64 MiB").containsPattern(both).doesNotContainPattern(quick);
        // check and review do more with each component: the quick compiler alone up to 32 MiB
        Result reviewed = exec(review, flags, aibom, "review", "acme-fraud-scoring.cdx.json", "--suppliers",
                "suppliers.yaml");
        assertThat(reviewed.exitCode()).as(reviewed.err()).isZero();
        assertThat(reviewed.out()).containsPattern(quick);
        sized(review.resolve("middling.cdx.json"), 32L * 1024 * 1024 + 1);
        Result checked = exec(review, flags, aibom, "--max-bom-size", "128M", "check", "middling.cdx.json");
        assertThat(checked.out()).as("a file over 32 MiB").containsPattern(both).doesNotContainPattern(quick);
        Result diffed = exec(review, flags, aibom, "diff", "acme-fraud-scoring.cdx.json",
                "acme-fraud-scoring.cdx.json");
        assertThat(diffed.out()).as("a command that holds the tree").containsPattern(both)
                .doesNotContainPattern(quick);
        Result chosen = exec(review, Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=2", "AIBOM_CDS",
                "off"), aibom, "validate", "acme-fraud-scoring.cdx.json");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(chosen.out()).containsPattern("TieredStopAtLevel\\s+= 2\\s");
    }

    /**
     * The launcher archives the classes of each command once, from its first run that does the command's work, uses
     * the archive silently, ignores one it cannot use, and leaves class sharing to a user who sets it up.
     */
    @Test
    void theClassDataSharingArchiveIsWrittenOnceUsedSilentlyAndCanBeTurnedOff() throws Exception {
        Path home = unpack("aibom.distribution", "unzip", "-q");
        Path aibom = home.resolve("bin/aibom");
        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("sharing"));
        String[] command = {aibom.toString(), "review", "acme-fraud-scoring.cdx.json", "--suppliers",
                "suppliers.yaml", "--reports", "reports"};
        // runs that do not do a command's work write no archive: no command, bad input, a usage error
        for (String[] early : List.of(new String[] {aibom.toString(), "--version"},
                new String[] {aibom.toString(), "review", "no-such.cdx.json", "--suppliers", "suppliers.yaml"},
                new String[] {aibom.toString(), "review", "--no-such-option"})) {
            Result result = exec(review, Map.of(), early);
            assertThat(result.err()).doesNotContain("[warning]", "[cds]");
        }
        assertThat(review.resolve(".cache/aibom")).isEmptyDirectory();
        Result first = exec(review, Map.of(), command);
        List<Path> archives;
        try (var files = Files.list(review.resolve(".cache/aibom"))) {
            archives = files.toList();
        }
        // one archive per command, each with the classes its command loads
        assertThat(archives).singleElement().satisfies(archive -> assertThat(archive.getFileName().toString())
                .matches("cds-review-\\d+\\.jsa"));
        Result second = exec(review, Map.of(), command);
        Result off = exec(review, Map.of("AIBOM_CDS", "off"), command);
        for (Result result : List.of(first, second, off)) {
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err()).isEmpty();
            assertThat(result.out()).isEqualTo(first.out()).doesNotContain("[warning]", "[cds]");
        }
        // a user who sets class sharing up themselves (or turns it off) is left alone: no archive is written
        Path fresh = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("sharing-off"));
        Result shareOff = exec(fresh, Map.of("JAVA_OPTS", "-Xshare:off"), command);
        assertThat(shareOff.exitCode()).as(shareOff.err()).isZero();
        assertThat(shareOff.out()).isEqualTo(first.out().replace("/sharing/", "/sharing-off/"));
        assertThat(shareOff.err()).isEmpty();
        assertThat(fresh.resolve(".cache/aibom")).doesNotExist();
        String[] verify = {aibom.toString(), "verify", "acme-fraud-scoring.cdx.json", "--skip-files",
                "--trusted-key", "keys/acme-ml.pub.pem"};
        Result verified = exec(review, Map.of(), verify);
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        try (var files = Files.list(review.resolve(".cache/aibom"))) {
            assertThat(files.map(f -> f.getFileName().toString().replaceAll("\\d+", "N")).sorted())
                    .containsExactly("cds-review-N.jsa", "cds-verify-N.jsa");
        }
        // a jar of aibom's rebuilt with the same size and date, as a reproducible build can, is not taken for the one
        // archived (the JVM itself checks no more than size and date): its command gets an archive of its own
        Path cli = home.resolve("lib/aibom-cli-" + VERSION + ".jar");
        java.nio.file.attribute.FileTime date = Files.getLastModifiedTime(cli);
        byte[] original = Files.readAllBytes(cli);
        byte[] jar = original.clone();
        jar[10] ^= 1; // the time of the first entry in its local header: the jar reads the same
        Files.write(cli, jar);
        Files.setLastModifiedTime(cli, date);
        Result rebuilt = exec(review, Map.of(), verify);
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).isEqualTo(verified.out());
        try (var files = Files.list(review.resolve(".cache/aibom"))) {
            assertThat(files.map(f -> f.getFileName().toString().replaceAll("\\d+", "N")).sorted())
                    .containsExactly("cds-review-N.jsa", "cds-verify-N.jsa", "cds-verify-N.jsa");
        }
        Files.write(cli, original);
        Files.setLastModifiedTime(cli, date);
        // an archive another Java build wrote is ignored without a word (and not written again)
        Files.write(archives.get(0), new byte[4096]);
        Result corrupt = exec(review, Map.of(), command);
        assertThat(archives.get(0)).hasSize(4096);
        assertThat(corrupt.exitCode()).isZero();
        assertThat(corrupt.out()).isEqualTo(first.out());
        assertThat(corrupt.err()).isEmpty();
    }

    @Test
    void theTarGzKeepsTheModesAndTheScriptHonoursJavaHomeAndJavaOpts() throws Exception {
        Path home = unpack("aibom.distribution.tar", "tar", "xzf");
        Path aibom = home.resolve("bin/aibom");
        assertThat(Files.isExecutable(aibom)).isTrue();
        Result withOptions = exec(temp, Map.of("JAVA_HOME", JAVA_HOME, "JAVA_OPTS", "-XshowSettings:properties"),
                aibom.toString(), "--version");
        assertThat(withOptions.exitCode()).isZero();
        assertThat(withOptions.err()).contains("java.home = " + JAVA_HOME);
        Result wrongHome = exec(temp, Map.of("JAVA_HOME", temp.resolve("no-java").toString()), aibom.toString(),
                "--version");
        assertThat(wrongHome.exitCode()).isEqualTo(1);
        assertThat(wrongHome.err()).isEqualTo("aibom: ERROR JAVA_HOME is set to '" + temp.resolve("no-java")
                + "', but " + temp.resolve("no-java/bin/java") + " is not an executable. Point JAVA_HOME at a Java 17"
                + " (or later) installation, or unset it to use the java on the PATH.\n");
        // a symbolic link to the script (say in /usr/local/bin) still finds the installation
        Path link = Files.createSymbolicLink(temp.resolve("aibom-link"), aibom);
        Result linked = exec(temp, Map.of(), link.toString(), "--version");
        assertThat(linked.exitCode()).as(linked.err()).isZero();
    }

    @Test
    void theRunnableJarRunsAndCarriesNoBrokenSignatures() throws Exception {
        Path jar = Path.of(System.getProperty("aibom.runnableJar"));
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.aibom.cli.Launcher");
            assertThat(file.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
            try (Stream<java.util.jar.JarEntry> entries = file.stream()) {
                assertThat(entries.map(java.util.jar.JarEntry::getName)).noneMatch(name -> name.matches(
                        "META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
            }
            // the services of every library survive the merge (the controls are found through one)
            assertThat(new String(file.getInputStream(file.getEntry(
                    "META-INF/services/dev.aibom.control.ControlRule")).readAllBytes(), StandardCharsets.UTF_8))
                    .contains("dev.aibom.core.control.rules.supplier.SupplierRegistered");
        }
        String java = Path.of(JAVA_HOME, "bin", "java").toString();
        Result version = exec(temp, Map.of(), java, "-jar", jar.toString(), "--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("aibom " + VERSION);

        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("supplier-review"));
        Result reviewed = exec(review, Map.of(), java, "-jar", jar.toString(), "review", "acme-fraud-scoring.cdx.json",
                "--suppliers", "suppliers.yaml", "--format", "json");
        assertThat(reviewed.exitCode()).as(reviewed.err()).isZero();
        assertThat(reviewed.out()).contains("\"outcome\": \"pass\"").contains("\"state\": \"valid-trusted\"");

        // Bouncy Castle works from the merged jar: an encrypted key is written and read back to sign
        Map<String, String> env = new HashMap<>(Map.of("PASS", "correct horse battery staple"));
        Result keygen = exec(temp, env, java, "-jar", jar.toString(), "keygen", "--private-key", "k.pem",
                "--public-key", "k.pub.pem", "--passphrase-env", "PASS");
        assertThat(keygen.exitCode()).as(keygen.err()).isZero();
        Path bom = Fixtures.write(temp.resolve("bom.json"), Fixtures.read(review.resolve("acme-fraud-scoring.cdx.json"))
                .without("signature"));
        Result sign = exec(temp, env, java, "-jar", jar.toString(), "sign", bom.toString(), "--key", "k.pem",
                "--passphrase-env", "PASS");
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        Result verify = exec(temp, env, java, "-jar", jar.toString(), "verify", bom.toString(), "--trusted-key",
                "k.pub.pem", "--skip-files");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
    }
}
