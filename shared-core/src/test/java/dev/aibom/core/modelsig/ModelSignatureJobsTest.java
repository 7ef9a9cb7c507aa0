package dev.aibom.core.modelsig;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.Log;
import dev.aibom.core.TestFiles;
import dev.aibom.core.TestJobs;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.job.Trust;
import dev.aibom.core.job.VerifyJob;
import dev.aibom.core.sign.KeyPairs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model folder with a model.sig through generate (the BOM records the result), check (the control verifies it
 * again against the files) and verify: a valid signature passes, a changed file or an untrusted key fails.
 */
class ModelSignatureJobsTest {
    @TempDir
    Path temp;
    Path project;
    Path publicKey;
    PublicKey key;
    String fingerprint;

    @BeforeEach
    void signTheExamplesModels() throws Exception {
        project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("p"));
        Files.writeString(project.resolve("aibom-policy.yaml"), Files.readString(project.resolve("aibom-policy.yaml"))
                + "  model-signature-verified: { riskLevels: [high] }\n");
        publicKey = temp.resolve("keys/model-signer.pub.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, temp.resolve("keys/model-signer.pem"), publicKey, Optional.empty());
        KeyPair pair = new KeyPair(dev.aibom.core.sign.KeyLoader.publicKeys(publicKey).get(0),
                dev.aibom.core.sign.KeyLoader.privateKey(temp.resolve("keys/model-signer.pem"), Optional.empty())
                        .privateKey());
        key = pair.getPublic();
        fingerprint = ModelSignatureVerifier.fingerprint(key);
        ModelSigner.signWithKey(project.resolve("models"), pair.getPrivate(), key, List.of());
    }

    private Path generate(List<PublicKey> trusted) throws Exception {
        Path bom = project.resolve("target/bom.json");
        List<String> lines = new ArrayList<>();
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                BomOptions.at(Instant.EPOCH).withModelTrust(new ModelTrust(trusted, List.of(), Instant.now()))),
                Log.console(lines::add, lines::add));
        generated = lines;
        return bom;
    }

    List<String> generated;

    private EvaluationResult check(Path bom, List<Path> trusted) throws Exception {
        return TestJobs.check(bom, Optional.of(project.resolve("aibom-policy.yaml")),
                Optional.of(project.resolve("suppliers.yaml")), Optional.of(project.resolve("waivers.yaml")), trusted,
                Optional.of(project), LocalDate.parse("2026-11-23"), Log.NONE).evaluation();
    }

    private static List<String> lines(EvaluationResult result) {
        return result.findings().stream().filter(f -> f.control().equals("model-signature-verified"))
                .map(Finding::line).toList();
    }

    @Test
    void aValidSignatureIsRecordedAndPassesTheCheck() throws Exception {
        Path bom = generate(List.of(key));
        var tree = BomJson.MAPPER.readTree(bom.toFile());
        var model = tree.at("/components/0");
        assertThat(model.toString()).contains("{\"name\":\"aibom:modelSignature\",\"value\":\"verified\"}",
                "{\"name\":\"aibom:modelSignature:file\",\"value\":\"models/model.sig\"}",
                "{\"name\":\"aibom:modelSignature:signer\",\"value\":\"key sha256:" + fingerprint + "\"}");
        assertThat(model.path("externalReferences").toString()).contains("\"type\":\"attestation\"",
                "\"url\":\"models/model.sig\"");
        assertThat(generated).contains("aibom: model signature: model 'credit-pd-logreg': models/model.sig verified:"
                + " 2 files signed by key sha256:" + fingerprint);
        EvaluationResult result = check(bom, List.of(publicKey));
        assertThat(lines(result)).contains("[A.6.2.4, A.10.3] model-signature-verified: model 'credit-pd-logreg':"
                + " models/model.sig verified: 2 files signed by key sha256:" + fingerprint);
        assertThat(result.findings()).filteredOn(f -> f.control().equals("model-signature-verified"))
                .allMatch(f -> f.status() == dev.aibom.control.Status.PASS
                        || f.status() == dev.aibom.control.Status.NOT_APPLICABLE);
        VerifyJob.Result verified = VerifyJob.run(new VerifyJob.Request(bom, Trust.keys(List.of(publicKey)), false,
                Optional.of(project), "--base", ReadLimits.DEFAULT), Log.NONE, HashListener.NONE);
        assertThat(verified.failures()).isEmpty();
    }

    /**
     * A model whose aibom:artifact:path was taken out of the BOM: where its model.sig would be is unknown, so the
     * control could not evaluate it (before: "not applicable", which the deletion would have bought). A model fetched
     * at deploy time stays not applicable.
     */
    @Test
    void aModelWhoseBomRecordsNoFileCouldNotBeEvaluated() throws Exception {
        Path bom = generate(List.of(key));
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) BomJson.MAPPER.readTree(bom.toFile());
        var properties = tree.at("/components/0/properties").elements();
        while (properties.hasNext()) {
            if (properties.next().path("name").asText().equals("aibom:artifact:path")) {
                properties.remove();
            }
        }
        BomJson.MAPPER.writeValue(bom.toFile(), tree);
        EvaluationResult result = check(bom, List.of(publicKey));
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        assertThat(lines(result)).contains("[A.6.2.4, A.10.3] model-signature-verified: model 'credit-pd-logreg':"
                + " could not be evaluated: the BOM records no file of it (aibom:artifact:path), so no model.sig can"
                + " be looked for");
        assertThat(lines(result)).anyMatch(l -> l.endsWith("has no files in the build (fetched at deploy time)"));
    }

    @Test
    void aChangedFileFailsTheCheckAndTheVerification() throws Exception {
        Path bom = generate(List.of(key));
        Files.write(project.resolve("models/credit-pd-logreg.pmml"), "<PMML/>".getBytes(), 
                java.nio.file.StandardOpenOption.APPEND);
        EvaluationResult result = check(bom, List.of(publicKey));
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        assertThat(lines(result)).contains("[A.6.2.4, A.10.3] model-signature-verified: model 'credit-pd-logreg':"
                + " models/model.sig files-differ: credit-pd-logreg.pmml was changed after signing (its SHA-256"
                + " differs) (the BOM's aibom:modelSignature says 'verified')");
        VerifyJob.Result verified = VerifyJob.run(new VerifyJob.Request(bom, Trust.keys(List.of(publicKey)), false,
                Optional.of(project), "--base", ReadLimits.DEFAULT), Log.NONE, HashListener.NONE);
        assertThat(verified.failures()).contains("model signature: model 'credit-pd-logreg': models/model.sig"
                + " files-differ: credit-pd-logreg.pmml was changed after signing (its SHA-256 differs)");
    }

    @Test
    void anUntrustedKeyIsRecordedAndFailsTheCheck() throws Exception {
        Path bom = generate(List.of());
        assertThat(Files.readString(bom)).contains("\"value\": \"untrusted\"");
        assertThat(generated).anyMatch(l -> l.startsWith("aibom: WARNING model signature: model 'credit-pd-logreg':"
                + " models/model.sig untrusted: it was signed with the key whose PEM hashes to "));
        EvaluationResult result = check(bom, List.of());
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        assertThat(lines(result)).anyMatch(l -> l.contains("models/model.sig untrusted:"));
        EvaluationResult withoutFiles = TestJobs.check(bom, Optional.of(project.resolve("aibom-policy.yaml")),
                Optional.of(project.resolve("suppliers.yaml")), Optional.of(project.resolve("waivers.yaml")),
                List.of(publicKey), Optional.empty(), LocalDate.parse("2026-11-23"), Log.NONE).evaluation();
        assertThat(lines(withoutFiles)).anyMatch(l -> l.contains("could not be evaluated: the model files are not at"
                + " hand"));
    }

    @Test
    void cycloneDx17IsWrittenOnRequestAndValidates() throws Exception {
        Path bom = project.resolve("target/bom-1.7.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom, Optional.empty(),
                BomOptions.at(Instant.EPOCH).withSpecVersion(SpecVersion.V1_7)), Log.NONE);
        var tree = BomJson.MAPPER.readTree(bom.toFile());
        assertThat(tree.path("specVersion").asText()).isEqualTo("1.7");
        assertThat(tree.path("$schema").asText()).isEqualTo("http://cyclonedx.org/schema/bom-1.7.schema.json");
        assertThat(dev.aibom.core.bom.BomSchema.validateJson(tree, SpecVersion.V1_7)).isEmpty();
        assertThat(new dev.aibom.core.bom.BomReader(dev.aibom.core.io.ReadLimits.DEFAULT).read(bom).specVersion()).isEqualTo(SpecVersion.V1_7);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BomOptions.at(Instant.EPOCH)
                .withSpecVersion(SpecVersion.V1_7).withXml(true)).hasMessage("CycloneDX 1.7 is written as JSON only;"
                + " leave out the XML output or write 1.6");
    }
}
