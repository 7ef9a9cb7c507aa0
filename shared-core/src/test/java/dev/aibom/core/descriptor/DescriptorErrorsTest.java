package dev.aibom.core.descriptor;

import dev.aibom.core.InvalidInputException;
import dev.aibom.core.TestFiles;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.bom.BomOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of bad descriptor input named in the issue: the error names the file, line and field and says what to
 * do, and no BOM is written.
 */
class DescriptorErrorsTest {
    @TempDir
    Path temp;
    Path project;
    Path descriptor;
    Path out;
    String original;

    @BeforeEach
    void copyExample() throws Exception {
        project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("project"));
        descriptor = project.resolve("aibom.yaml");
        out = temp.resolve("out/bom.json");
        original = Files.readString(descriptor);
    }

    /** Replaces one exact text of the example descriptor, generates, and returns the error message. */
    private String failureAfterReplacing(String text, String replacement) throws Exception {
        assertThat(original).contains(text);
        Files.writeString(descriptor, original.replace(text, replacement));
        return failure();
    }

    private String failure() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> GenerateJob.run(
                new GenerateJob.Request(descriptor, project, out, Optional.of(temp.resolve("out/bom.xml")),
                        BomOptions.at(Instant.parse("2026-10-02T00:00:00Z")))));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(out).doesNotExist();
        assertThat(temp.resolve("out/bom.xml")).doesNotExist();
        return thrown.getMessage();
    }

    private int lineOf(String text) {
        String[] lines = original.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in the example: " + text);
    }

    @Test
    void theUnchangedExampleIsValid() throws Exception {
        ValidDescriptor valid = DescriptorLoader.load(descriptor, project);
        assertThat(valid.descriptor().models()).hasSize(3);
        assertThat(valid.artifacts()).containsKeys("/models/0", "/models/2", "/datasets/0", "/datasets/1");
        assertThat(valid.artifacts().get("/datasets/1").relativePath()).isEqualTo("data/bureau-features");
    }

    @Test
    void unknownKey() throws Exception {
        String message = failureAfterReplacing("    lifecycle: approved", "    lifecycel: approved");
        assertThat(message).contains(descriptor + ":" + lineOf("    lifecycle: approved") + ":5: models[0].lifecycel:"
                + " unknown key 'lifecycel'. Fix: check the spelling; the keys allowed here are: approvals,"
                + " architecture, architectureFamily, baseModel");
    }

    @Test
    void missingRequiredField() throws Exception {
        String message = failureAfterReplacing("  - id: meridian\n    name: Meridian Credit Data Ltd\n",
                "  - id: meridian\n");
        assertThat(message).startsWith("Invalid AI-BOM descriptor " + descriptor + ":")
                .contains(descriptor + ":" + lineOf("  - id: meridian") + ":5: suppliers[1].name: the required key"
                        + " 'name' is missing or empty. Fix: add 'name: <the supplier's legal or trading name>'.");
    }

    @Test
    void missingSystemSection() throws Exception {
        Files.writeString(descriptor, "suppliers: []\n");
        assertThat(failure()).contains("the 'system' section is missing.");
    }

    @Test
    void wrongType() throws Exception {
        String message = failureAfterReplacing("    personalData: true\n    lawfulBasis: GDPR Art. 6(1)(b)",
                "    personalData: maybe\n    lawfulBasis: GDPR Art. 6(1)(b)");
        assertThat(message).contains(descriptor + ":" + lineOf("    personalData: true") + ":19:"
                + " datasets[0].personalData: expected true or false here.");
    }

    @Test
    void wrongTypeListExpected() throws Exception {
        String message = failureAfterReplacing("    datasets: [credit-applications-sample, bureau-features]",
                "    datasets: credit-applications-sample");
        assertThat(message).contains(":" + lineOf("    datasets: [credit") + ":15: models[0].datasets: expected a"
                + " list here.");
    }

    @Test
    void invalidEnumValue() throws Exception {
        String message = failureAfterReplacing("  riskLevel: high", "  riskLevel: severe");
        assertThat(message).contains(":" + lineOf("  riskLevel: high") + ":14: system.riskLevel: 'severe' is not an"
                + " allowed value. Fix: use one of: minimal, limited, high, unacceptable.");
    }

    @Test
    void duplicateName() throws Exception {
        String message = failureAfterReplacing("  - name: bureau-features", "  - name: credit-applications-sample");
        assertThat(message).contains(":" + lineOf("  - name: bureau-features") + ":5: datasets[1].name: the dataset"
                + " name 'credit-applications-sample' is used twice.");
    }

    @Test
    void duplicateKey() throws Exception {
        String message = failureAfterReplacing("    lifecycle: approved", "    lifecycle: approved\n    lifecycle: draft");
        assertThat(message).contains(":" + (lineOf("    lifecycle: approved") + 1) + ":")
                .contains("the key 'lifecycle' appears twice in the same mapping. Fix: keep one of them.");
    }

    @Test
    void undeclaredSupplier() throws Exception {
        String message = failureAfterReplacing("    supplier: meridian", "    supplier: acme");
        assertThat(message).contains(":" + lineOf("    supplier: meridian") + ":5: datasets[1].supplier: the"
                + " supplier 'acme' is not declared. Fix: declare it under 'suppliers:' or use one of the declared"
                + " ids: internal, meridian, openai, sentence-transformers.");
    }

    @Test
    void undeclaredDataset() throws Exception {
        String message = failureAfterReplacing("[credit-applications-sample, bureau-features]",
                "[credit-applications-sample, bureau-feature]");
        assertThat(message).contains("models[0].datasets[1]: the dataset 'bureau-feature' is not declared. Fix:"
                + " declare it under 'datasets:' or fix the name (declared: bureau-features,"
                + " credit-applications-sample).");
    }

    @Test
    void fileNotFound() throws Exception {
        String message = failureAfterReplacing("file: models/credit-pd-logreg.pmml", "file: models/credit-pd.pmml");
        assertThat(message).contains(":" + lineOf("file: models/credit-pd-logreg.pmml") + ":5: models[0].file:"
                + " 'models/credit-pd.pmml' does not exist (looked for " + project.resolve("models/credit-pd.pmml")
                + "). Fix: fix the path; it is relative to the folder of the descriptor.");
    }

    @Test
    void fileWhereFolderExpected() throws Exception {
        String message = failureAfterReplacing("files: data/bureau-features", "files: data/credit-applications-sample.csv");
        assertThat(message).contains("datasets[1].files: 'data/credit-applications-sample.csv' is a file, not a"
                + " folder. Fix: use 'file:' for a single file.");
    }

    @Test
    void pathEscapeWithDotDot() throws Exception {
        Files.writeString(temp.resolve("outside.bin"), "weights");
        String message = failureAfterReplacing("file: models/credit-pd-logreg.pmml", "file: ../outside.bin");
        assertThat(message).contains("models[0].file: '../outside.bin' points outside the project folder " + project
                + ". Fix: keep model and data files inside the project");
    }

    @Test
    void pathEscapeWithSymlink() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.bin"), "weights");
        Files.createSymbolicLink(project.resolve("models/linked.bin"), outside);
        String message = failureAfterReplacing("file: models/credit-pd-logreg.pmml", "file: models/linked.bin");
        assertThat(message).contains("models[0].file: 'models/linked.bin' is a symbolic link to "
                + outside.toRealPath() + ", outside the project folder.");
    }

    @Test
    void pathEscapeWithSymlinkInsideAFolder() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.csv"), "a,b\n");
        Files.createSymbolicLink(project.resolve("data/bureau-features/part-0003.csv"), outside);
        String message = failure();
        assertThat(message).contains("datasets[1].files: 'part-0003.csv' in 'data/bureau-features' is a symbolic link"
                + " to " + outside.toRealPath() + ", outside the project folder.");
    }

    @Test
    void invalidSpdxLicenseExpression() throws Exception {
        String message = failureAfterReplacing("    license: Apache-2.0", "    license: Apache 2");
        assertThat(message).contains(":" + lineOf("    license: Apache-2.0") + ":5: models[1].license: 'Apache' is"
                + " not an SPDX license id (license expression 'Apache 2')");
    }

    @Test
    void malformedHuggingFaceReferenceWithoutRevision() throws Exception {
        String message = failureAfterReplacing("@c9745ed1d9f207416be6d2e6f8de32d1f16199bf\n", "\n");
        assertThat(message).contains("models[1].source: 'hf://sentence-transformers/all-MiniLM-L6-v2' does not name a"
                + " revision; write it as hf://<org>/<name>@<40-hex commit sha>");
    }

    @Test
    void anAbbreviatedCommitOrADatasetWhereAModelBelongsIsAnError() throws Exception {
        String message = failureAfterReplacing("@c9745ed1d9f207416be6d2e6f8de32d1f16199bf\n", "@c9745ed\n");
        assertThat(message).contains(":" + lineOf("source: hf://") + ":5: models[1].source: 'c9745ed' in"
                + " 'hf://sentence-transformers/all-MiniLM-L6-v2@c9745ed' looks like an abbreviated commit");
        Files.writeString(descriptor, original.replace("hf://sentence-transformers/", "hf://datasets/sentence-transformers/"));
        assertThat(failure()).contains("models[1].source: 'hf://datasets/sentence-transformers/all-MiniLM-L6-v2@"
                + "c9745ed1d9f207416be6d2e6f8de32d1f16199bf' is a Hub dataset repository, not a model. Fix: write a model as"
                + " hf://<org>/<name>@<commit> (hf://datasets/... is for datasets).");
    }

    @Test
    void invalidDate() throws Exception {
        String message = failureAfterReplacing("date: 2026-10-02", "date: 2026-02-30");
        assertThat(message).contains(":" + lineOf("date: 2026-10-02") + ":") .contains("models[0].approvals[0].date:"
                + " '2026-02-30' is not a valid date. Fix: write the date as YYYY-MM-DD, e.g. 2026-03-31.");
    }

    @Test
    void remoteModelWithoutDigest() throws Exception {
        String message = failureAfterReplacing(
                "    sha256: 53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db\n", "");
        assertThat(message).contains("models[1].sha256: a model that is not in the build must declare the SHA-256"
                + " its file must have.");
    }

    @Test
    void declaredDigestThatDoesNotMatchTheFile() throws Exception {
        String wrong = "0".repeat(64);
        String message = failureAfterReplacing("    file: models/credit-pd-logreg.pmml\n",
                "    file: models/credit-pd-logreg.pmml\n    sha256: " + wrong + "\n");
        assertThat(message).contains(":" + (lineOf("    file: models/credit-pd-logreg.pmml") + 1) + ":5:"
                + " models[0].sha256: the declared sha256 " + wrong + " does not match models/credit-pd-logreg.pmml,"
                + " whose SHA-256 is ");
    }

    @Test
    void invalidEmailAndUrl() throws Exception {
        String message = failureAfterReplacing("url: https://openai.com", "url: openai.com");
        assertThat(message).contains("suppliers[3].url: 'openai.com' is not an http(s) URL.");
        Files.writeString(descriptor, original.replace("support@openai.com", "support at openai.com"));
        assertThat(failure()).contains("suppliers[3].contact.email: 'support at openai.com' is not a valid e-mail address");
    }

    @Test
    void allProblemsAreReportedAtOnce() throws Exception {
        Files.writeString(descriptor, original.replace("    supplier: meridian", "    supplier: acme")
                .replace("    license: Apache-2.0", "    license: Apache 2"));
        String message = failure();
        assertThat(message).contains("(2 problems)").contains("supplier 'acme'").contains("'Apache' is not an SPDX");
    }

    @Test
    void syntaxError() throws Exception {
        String message = failureAfterReplacing("  name: credit-risk-scorer", "  name: [credit-risk-scorer");
        assertThat(message).contains(descriptor + ":").contains("this is not valid YAML");
    }

    @Test
    void aSyntaxErrorIsReportedBeforeAnEarlierMappingError() throws Exception {
        Files.writeString(descriptor, original
                .replace("    lifecycle: approved", "    lifecycel: approved")
                .replace("    supplier: meridian", "    supplier: [meridian"));
        String message = failure();
        assertThat(message).contains("this is not valid YAML").doesNotContain("lifecycel");
    }

    @Test
    void missingAndEmptyFiles() throws Exception {
        Files.delete(descriptor);
        assertThat(failure()).contains(descriptor + ": the file does not exist.");
        Files.writeString(descriptor, "");
        assertThat(failure()).contains(descriptor + ": the file is empty.");
    }

    @Test
    void jsonDescriptorsAreAcceptedAndCheckedTheSameWay() throws Exception {
        Path json = project.resolve("aibom.json");
        Files.writeString(json, "{\"system\": {\"name\": \"s\", \"version\": \"1\"},\n \"models\": [{\"name\": \"m\","
                + " \"file\": \"models/credit-pd-logreg.pmml\", \"lifecycel\": \"draft\"}]}");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> DescriptorLoader.load(json, project));
        assertThat(thrown).hasMessageContaining(json + ":2:").hasMessageContaining("models[0].lifecycel: unknown key");
        Files.writeString(json, "{\"system\": {\"name\": \"s\", \"version\": \"1\"}, \"models\": [{\"name\": \"m\","
                + " \"file\": \"models/credit-pd-logreg.pmml\"}]}");
        assertThat(DescriptorLoader.load(json, project).descriptor().models().get(0).name()).isEqualTo("m");
    }

    @Test
    void anExistingBomIsLeftUntouchedWhenGenerationFails() throws Exception {
        Files.createDirectories(out.getParent());
        Files.writeString(out, "previous");
        Files.writeString(descriptor, original.replace("    supplier: meridian", "    supplier: acme"));
        assertThatThrownBy(() -> GenerateJob.run(new GenerateJob.Request(descriptor, project, out,
                Optional.empty(), BomOptions.at(Instant.EPOCH)))).isInstanceOf(InvalidInputException.class);
        assertThat(Files.readString(out)).isEqualTo("previous");
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void buildPropertiesAreInterpolatedAndAnUnknownOneIsAnError() throws Exception {
        Files.writeString(descriptor, original.replace("  version: 1.4.0\n", "  version: ${project.version}\n"));
        ValidDescriptor valid = DescriptorLoader.load(descriptor, project,
                Optional.of(java.util.Map.of("project.version", "1.5.0-SNAPSHOT")));
        assertThat(valid.descriptor().system().version()).isEqualTo("1.5.0-SNAPSHOT");
        Files.writeString(descriptor, original.replace("  version: 1.4.0\n", "  version: ${project.versio}\n"));
        assertThatThrownBy(() -> DescriptorLoader.load(descriptor, project, Optional.of(java.util.Map.of())))
                .hasMessageContaining(descriptor + ":" + lineOf("  version: 1.4.0") + ":12: system.version: unknown"
                        + " property '${project.versio}'. Fix: use a property the build defines (in the POM, or on the"
                        + " command line with -Dname=value), such as ${project.version}, or write the value.");
    }

    @Test
    void interpolationWorksOnParsedValuesNeverOnTheRawText() throws Exception {
        // a comment may mention ${anything}; a value with ": " stays one value; a line break cannot add keys
        Files.writeString(descriptor, original.replace("  version: 1.4.0\n", "  version: ${project.version}"
                + "   # released as ${not.a.property}\n").replace("  owner: Retail Credit Model Risk\n",
                "  owner: ${owner}\n"));
        ValidDescriptor valid = DescriptorLoader.load(descriptor, project, Optional.of(java.util.Map.of(
                "project.version", "1.5.0", "owner", "Risk: retail credit\nriskLevel: minimal")));
        assertThat(valid.descriptor().system().version()).isEqualTo("1.5.0");
        assertThat(valid.descriptor().system().owner()).isEqualTo("Risk: retail credit\nriskLevel: minimal");
        assertThat(valid.descriptor().system().riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void yamlAnchorsAndAliasesAreRefused() throws Exception {
        Files.writeString(descriptor, original.replace("  owner: Retail Credit Model Risk\n",
                "  owner: &d Retail Credit Model Risk\n  humanOversight: *d\n").replace(
                "  humanOversight: Underwriters", "  # humanOversight: Underwriters"));
        // a value that stands somewhere else: what a reader of the file sees is not what aibom would read
        int owner = lineOf("  owner: Retail Credit Model Risk");
        assertThatThrownBy(() -> DescriptorLoader.load(descriptor, project))
                .hasMessageContaining(descriptor + ":" + (owner + 1) + ":19: system.humanOversight:"
                        + " YAML alias '*d' is not allowed in aibom's files. Fix: write the value out in full where it"
                        + " is used.");
        // an anchored mapping too (Jackson reports anchors of mappings and lists; an anchor on a plain value that
        // nothing refers to changes nothing, and any alias to it is refused)
        Files.writeString(descriptor, original.replace("  - id: internal\n", "  - &org\n    id: internal\n"));
        assertThatThrownBy(() -> DescriptorLoader.load(descriptor, project)).hasMessageContaining("suppliers[0]:"
                + " YAML anchor '&org' is not allowed in aibom's files.");
    }
}
