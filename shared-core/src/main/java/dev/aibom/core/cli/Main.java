package dev.aibom.core.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.GeneratedBom;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.hash.HashAlgorithm;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.job.VerifyJob;
import dev.aibom.core.job.CheckJob;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Trust;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.FailOn;
import dev.aibom.core.control.Finding;
import dev.aibom.core.control.Status;
import dev.aibom.core.report.ConsoleReport;
import dev.aibom.core.report.Reports;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.JsfAlgorithm;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.Passphrase;
import dev.aibom.core.sign.SignOptions;
import dev.aibom.core.sign.SigningKey;
import dev.aibom.core.sign.VerificationPolicy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small command line over the core, for the examples and for people without a build tool:
 * <pre>
 * aibom generate --descriptor aibom.yaml [--base DIR] --output target/aibom.cdx.json [--xml FILE]
 *                [--timestamp 2026-01-01T00:00:00Z|EPOCH_SECONDS] [--sha512]
 * aibom validate --bom supplier.cdx.json
 * aibom keygen | sign | verify ...   (see {@link #usage()})
 * </pre>
 * Exit codes: 0 done, 1 invalid input or misconfiguration (the message says what and where), 2 wrong usage,
 * 3 control violations that reach the policy's failOn.
 */
public final class Main {
    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int VIOLATIONS = 3;
    private static final long BIG_FILE = 256L * 1024 * 1024;
    private static final Set<String> FLAGS = Set.of("--sha512", "--if-missing", "--signers", "--allow-unsigned",
            "--skip-files", "--at-signing-time", "--supplier-review");

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.getenv());
        if (code != OK) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.length == 0) {
            err.println(usage());
            return USAGE;
        }
        Map<String, String> options = new HashMap<>();
        Map<String, List<String>> repeated = new HashMap<>();
        List<String> flags = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                err.println("aibom: unexpected argument '" + arg + "'.\n" + usage());
                return USAGE;
            }
            if (FLAGS.contains(arg)) {
                flags.add(arg);
            } else if (i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
                repeated.computeIfAbsent(arg.substring(2), k -> new ArrayList<>()).add(args[i]);
            } else {
                err.println("aibom: " + arg + " needs a value.\n" + usage());
                return USAGE;
            }
        }
        try {
            return switch (args[0]) {
                case "generate" -> generate(options, flags, out, err, env);
                case "validate" -> validate(options, out, err);
                case "keygen" -> keygen(options, flags, out, err, env);
                case "sign" -> sign(options, flags, out, err, env);
                case "verify" -> verify(options, repeated, flags, out, err);
                case "check" -> check(options, repeated, flags, out, err);
                case "approve" -> approve(options, out, err, env);
                case "verify-approval" -> verifyApproval(options, repeated, out, err);
                default -> {
                    err.println("aibom: unknown command '" + args[0] + "'.\n" + usage());
                    yield USAGE;
                }
            };
        } catch (AibomException e) {
            err.println("aibom: " + e.getMessage());
            return INVALID_INPUT;
        } catch (IOException e) {
            err.println("aibom: I/O error: " + e.getMessage());
            return INVALID_INPUT;
        }
    }

    private static int generate(Map<String, String> options, List<String> flags, PrintStream out, PrintStream err,
                                Map<String, String> env) throws AibomException, IOException {
        String descriptor = options.get("descriptor");
        String output = options.get("output");
        if (descriptor == null || output == null) {
            err.println("aibom generate: --descriptor and --output are required.\n" + usage());
            return USAGE;
        }
        Path descriptorPath = Path.of(descriptor).toAbsolutePath();
        Path base = Path.of(options.getOrDefault("base", descriptorPath.getParent().toString()));
        Optional<Instant> timestamp = timestamp(options.get("timestamp"), env.get("SOURCE_DATE_EPOCH"), err);
        if (timestamp.isEmpty()) {
            return USAGE;
        }
        BomOptions bomOptions = BomOptions.at(timestamp.get())
                .withAlgorithms(flags.contains("--sha512") ? Set.of(HashAlgorithm.SHA_512) : Set.of())
                .withListener(new ProgressPrinter(out));
        Path jsonOut = Path.of(output);
        Optional<Path> xmlOut = Optional.ofNullable(options.get("xml")).map(Path::of);
        GenerateJob.run(new GenerateJob.Request(descriptorPath, base, jsonOut, xmlOut, bomOptions),
                dev.aibom.core.Log.console(out::println, err::println));
        return OK;
    }

    private static int validate(Map<String, String> options, PrintStream out, PrintStream err)
            throws AibomException {
        String bom = options.get("bom");
        if (bom == null) {
            err.println("aibom validate: --bom is required.\n" + usage());
            return USAGE;
        }
        LoadedBom loaded = new BomReader().read(Path.of(bom));
        out.println("aibom: " + bom + " is a valid CycloneDX " + loaded.specVersion() + " BOM ("
                + loaded.tree().path("components").size() + " components, signature: "
                + loaded.signatureForm().name().toLowerCase(java.util.Locale.ROOT) + ")");
        return OK;
    }

    private static int keygen(Map<String, String> options, List<String> flags, PrintStream out, PrintStream err,
                              Map<String, String> env) throws AibomException, IOException {
        String privateKey = options.get("private-key");
        String publicKey = options.get("public-key");
        if (privateKey == null || publicKey == null) {
            err.println("aibom keygen: --private-key and --public-key are required.\n" + usage());
            return USAGE;
        }
        if (flags.contains("--if-missing") && Files.exists(Path.of(privateKey)) && Files.exists(Path.of(publicKey))) {
            out.println("aibom: keeping the existing key pair " + privateKey);
            return OK;
        }
        KeyPairs.Type type;
        try {
            type = KeyPairs.Type.valueOf(options.getOrDefault("type", "EC_P256").toUpperCase(java.util.Locale.ROOT)
                    .replace('-', '_'));
        } catch (IllegalArgumentException e) {
            err.println("aibom keygen: --type must be one of " + java.util.Arrays.toString(KeyPairs.Type.values()));
            return USAGE;
        }
        Optional<Passphrase> passphrase = passphrase(options, env);
        KeyPairs.Written written = KeyPairs.write(type, Path.of(privateKey), Path.of(publicKey), passphrase);
        out.println("aibom: wrote private key " + written.privateKey() + " (mode 600" + (passphrase.isPresent()
                ? ", encrypted" : ", NOT encrypted") + ") and public key " + written.publicKey());
        out.println("aibom: key id " + written.keyId() + ", fingerprint " + written.fingerprint());
        return OK;
    }

    private static int sign(Map<String, String> options, List<String> flags, PrintStream out, PrintStream err,
                            Map<String, String> env) throws AibomException, IOException {
        String bom = options.get("bom");
        if (bom == null || (options.get("key") == null && options.get("keystore") == null)) {
            err.println("aibom sign: --bom and --key (or --keystore) are required.\n" + usage());
            return USAGE;
        }
        Optional<Passphrase> passphrase = passphrase(options, env);
        SigningKey key = options.containsKey("keystore")
                ? KeyLoader.pkcs12(Path.of(options.get("keystore")), options.get("alias"), passphrase.orElseThrow(
                        () -> new AibomException("A PKCS#12 keystore needs a password: give --passphrase-env or"
                                + " --passphrase-file.")))
                : KeyLoader.privateKey(Path.of(options.get("key")), passphrase);
        SignOptions signOptions = SignOptions.defaults().withMultipleSigners(flags.contains("--signers"));
        if (options.containsKey("algorithm")) {
            signOptions = signOptions.withAlgorithm(JsfAlgorithm.fromJsfName(options.get("algorithm"))
                    .orElseThrow(() -> new AibomException("Unknown algorithm '" + options.get("algorithm")
                            + "'. Use ES256, ES384, ES512, RS256, RS384, RS512, PS256, PS384, PS512 or Ed25519.")));
        }
        Path output = Path.of(options.getOrDefault("output", bom));
        var signed = BomSignatures.signFile(Path.of(bom), output, key, signOptions);
        var signer = signed.get("signature").has("signers")
                ? signed.get("signature").get("signers").get(signed.get("signature").get("signers").size() - 1)
                : signed.get("signature");
        out.println("aibom: signed " + output + " with " + signer.get("algorithm").asText() + ", key id "
                + signer.path("keyId").asText());
        return OK;
    }

    private static int verify(Map<String, String> options, Map<String, List<String>> repeated, List<String> flags,
                              PrintStream out, PrintStream err) throws AibomException, IOException {
        String bom = options.get("bom");
        if (bom == null) {
            err.println("aibom verify: --bom is required.\n" + usage());
            return USAGE;
        }
        if (flags.contains("--at-signing-time")) {
            err.println("aibom verify: --at-signing-time is not supported: the BOM's own timestamp is chosen by the"
                    + " signer, so it proves nothing about when the signature was made; certificates are checked now.");
            return USAGE;
        }
        Optional<Path> filesBase = flags.contains("--skip-files") ? Optional.empty()
                : Optional.of(options.containsKey("base") ? Path.of(options.get("base"))
                : Path.of(bom).toAbsolutePath().getParent());
        VerifyJob.Result result = VerifyJob.run(new VerifyJob.Request(Path.of(bom),
                new Trust(paths(repeated, "trusted-key"), paths(repeated, "ca-root"), paths(repeated, "crl")),
                !flags.contains("--allow-unsigned"), filesBase, "--base DIR, or --skip-files"),
                dev.aibom.core.Log.console(out::println, err::println), HashListener.NONE);
        return result.passed() ? OK : INVALID_INPUT;
    }

    private static List<Path> paths(Map<String, List<String>> repeated, String option) {
        return repeated.getOrDefault(option, List.of()).stream().map(Path::of).toList();
    }

    private static int approve(Map<String, String> options, PrintStream out, PrintStream err, Map<String, String> env)
            throws AibomException, IOException {
        String bom = options.get("bom");
        String output = options.get("output");
        String by = options.get("by");
        if (bom == null || output == null || by == null || options.get("key") == null) {
            err.println("aibom approve: --bom, --key, --by and --output are required.\n" + usage());
            return USAGE;
        }
        dev.aibom.core.sign.ApprovalRecord.Decision decision;
        try {
            decision = dev.aibom.core.sign.ApprovalRecord.Decision.valueOf(options.getOrDefault("decision", "approved")
                    .toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("aibom approve: --decision must be approved, conditional or rejected.");
            return USAGE;
        }
        SigningKey key = KeyLoader.privateKey(Path.of(options.get("key")), passphrase(options, env));
        LoadedBom loaded = new BomReader().read(Path.of(bom));
        var record = dev.aibom.core.sign.ApprovalRecord.create(loaded, decision, by, options.get("role"),
                Instant.now(), options.get("comment"), key, SignOptions.defaults());
        dev.aibom.core.io.AtomicFiles.write(Path.of(output), dev.aibom.core.bom.BomJson.pretty(record));
        out.println("aibom: wrote " + output + ": " + decision.name().toLowerCase(java.util.Locale.ROOT) + " "
                + bom + " (serialNumber " + loaded.serialNumber() + ") by " + by);
        return OK;
    }

    private static int verifyApproval(Map<String, String> options, Map<String, List<String>> repeated,
                                      PrintStream out, PrintStream err) throws AibomException, IOException {
        String approval = options.get("approval");
        String bom = options.get("bom");
        if (approval == null || bom == null) {
            err.println("aibom verify-approval: --approval, --bom and --trusted-key are required.\n" + usage());
            return USAGE;
        }
        List<java.security.PublicKey> trusted = KeyLoader.publicKeys(paths(repeated, "trusted-key"));
        var record = dev.aibom.core.sign.ApprovalRecord.read(Path.of(approval));
        var verified = dev.aibom.core.sign.ApprovalRecord.verify(record, new BomReader().read(Path.of(bom)),
                VerificationPolicy.trusting(trusted));
        out.println("aibom: " + approval + " is a valid approval record: " + verified.decision().name()
                .toLowerCase(java.util.Locale.ROOT) + " by " + verified.by() + (verified.role() == null ? ""
                : " (" + verified.role() + ")") + " at " + verified.at());
        return OK;
    }

    private static int check(Map<String, String> options, Map<String, List<String>> repeated, List<String> flags,
                             PrintStream out, PrintStream err) throws AibomException, IOException {
        String bom = options.get("bom");
        if (bom == null) {
            err.println("aibom check: --bom is required.\n" + usage());
            return USAGE;
        }
        java.time.LocalDate today = options.containsKey("today") ? java.time.LocalDate.parse(options.get("today"))
                : java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        Optional<FailOn> failOn = options.containsKey("fail-on")
                ? Optional.of(FailOn.parse(options.get("fail-on"))) : Optional.empty();
        dev.aibom.core.Log log = dev.aibom.core.Log.console(out::println, err::println);
        Trust trust = new Trust(paths(repeated, "trusted-key"), paths(repeated, "ca-root"), paths(repeated, "crl"));
        Input policy = options.containsKey("policy") ? Input.configured("--policy", options.get("policy"))
                : Input.none("--policy");
        Input register = options.containsKey("suppliers") ? Input.configured("--suppliers", options.get("suppliers"))
                : Input.none("--suppliers");
        Input waivers = options.containsKey("waivers") ? Input.configured("--waivers", options.get("waivers"))
                : Input.none("--waivers");
        Optional<Path> reports = Optional.ofNullable(options.get("reports")).map(Path::of);
        EvaluationResult result;
        if (flags.contains("--supplier-review")) {
            result = dev.aibom.core.job.ReviewJob.run(new dev.aibom.core.job.ReviewJob.Request(Path.of(bom), register,
                    policy, waivers, trust, today, failOn, Optional.empty(), reports, java.time.Duration.ofSeconds(20)),
                    log, HashListener.NONE).evaluation();
        } else {
            result = CheckJob.run(new CheckJob.Request(Path.of(bom), policy, register, waivers, trust,
                    Optional.ofNullable(options.get("base")).map(Path::of), today, failOn, Optional.empty(), reports,
                    java.time.Duration.ofSeconds(20)), log, HashListener.NONE).evaluation();
        }
        if (result.outcome() == EvaluationResult.Outcome.FAIL) {
            err.println("aibom: " + result.summary());
            return VIOLATIONS;
        }
        return OK;
    }

    private static Optional<Passphrase> passphrase(Map<String, String> options, Map<String, String> env)
            throws AibomException {
        if (options.containsKey("passphrase-env")) {
            return Optional.of(Passphrase.fromEnvironment(options.get("passphrase-env"), env));
        }
        if (options.containsKey("passphrase-file")) {
            return Optional.of(Passphrase.fromFile(Path.of(options.get("passphrase-file"))));
        }
        return Optional.empty();
    }

    /** An explicit --timestamp wins, then SOURCE_DATE_EPOCH (reproducible builds), then now. */
    static Optional<Instant> timestamp(String explicit, String sourceDateEpoch, PrintStream err) {
        try {
            Optional<Instant> parsed = dev.aibom.core.Timestamps.parse(explicit != null ? explicit : sourceDateEpoch);
            return Optional.of(parsed.orElseGet(Instant::now));
        } catch (IllegalArgumentException e) {
            err.println("aibom: " + e.getMessage() + ".");
            return Optional.empty();
        }
    }

    static String usage() {
        return """
                usage: aibom generate --descriptor aibom.yaml --output target/aibom.cdx.json [--base DIR]
                                      [--xml target/aibom.cdx.xml] [--timestamp ISO-8601|EPOCH_SECONDS] [--sha512]
                       aibom validate --bom some.cdx.json
                       aibom keygen --private-key key.pem --public-key key.pub.pem [--type EC_P256|EC_P384|EC_P521|RSA_3072|ED25519]
                                    [--passphrase-env VAR | --passphrase-file FILE] [--if-missing]
                       aibom sign --bom bom.cdx.json (--key key.pem | --keystore ks.p12 [--alias A]) [--output FILE]
                                  [--passphrase-env VAR | --passphrase-file FILE] [--algorithm ES256] [--signers]
                       aibom verify --bom bom.cdx.json [--trusted-key pub.pem]... [--ca-root ca.pem]... [--base DIR]
                                    [--at-signing-time] [--allow-unsigned] [--skip-files]
                       aibom check --bom bom.cdx.json [--policy aibom-policy.yaml] [--suppliers suppliers.yaml|https-URL]
                                   [--waivers waivers.yaml] [--trusted-key pub.pem]... [--base DIR] [--reports DIR]
                                   [--fail-on error|warning|never] [--today YYYY-MM-DD] [--supplier-review]
                       aibom approve --bom supplier.cdx.json --key key.pem --by NAME [--role ROLE]
                                     [--decision approved|conditional|rejected] [--comment TEXT] --output approval.json
                       aibom verify-approval --approval approval.json --bom supplier.cdx.json --trusted-key pub.pem""";
    }

    /** Prints hashing progress for big files only; small ones finish before anyone would look. */
    private record ProgressPrinter(PrintStream out) implements HashListener {
        @Override
        public void started(Path file, long size) {
            if (size >= BIG_FILE) {
                out.println("aibom: hashing " + file.getFileName() + " (" + size / (1024 * 1024) + " MiB)");
            }
        }

        @Override
        public void progress(Path file, long hashedBytes, long size) {
            out.println("aibom:   " + file.getFileName() + " " + (hashedBytes * 100 / Math.max(1, size)) + "%");
        }

        @Override
        public void finished(Path file, long size, Duration took) {
            if (size >= BIG_FILE) {
                long millis = Math.max(1, took.toMillis());
                out.println("aibom: hashed " + file.getFileName() + " in " + millis + " ms ("
                        + (size / 1024 / 1024 * 1000 / millis) + " MiB/s)");
            }
        }
    }
}
