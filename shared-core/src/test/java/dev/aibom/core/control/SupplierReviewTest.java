package dev.aibom.core.control;

import dev.aibom.control.Severity;
import dev.aibom.control.Status;
import dev.aibom.control.Finding;

import dev.aibom.core.io.ReadLimits;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.SignOptions;
import dev.aibom.core.sign.SigningKey;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Procurement reviewing a hand-written supplier BOM (no aibom properties) against the register. */
class SupplierReviewTest {
    @TempDir
    Path temp;
    SigningKey acme;
    SigningKey stranger;
    Path register;

    @BeforeEach
    void setUp() throws Exception {
        acme = key();
        stranger = key();
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(acme.publicKey());
        }
        Files.writeString(temp.resolve("acme.pub.pem"), pem.toString());
        register = Files.writeString(temp.resolve("suppliers.yaml"), """
                suppliers:
                  - id: acme
                    names: [ACME ML GmbH]
                    urls: [https://acme-ml.example.com]
                    status: approved
                    lastAssessment: 2026-06-01
                    reassessEvery: P12M
                    certifications: [ISO/IEC 42001]
                    approvedFor: [model, dataset]
                    publicKeys: [acme.pub.pem]
                """);
    }

    private static SigningKey key() {
        var pair = KeyPairs.generate(KeyPairs.Type.EC_P256);
        return new SigningKey(pair.getPrivate(), pair.getPublic(), List.of());
    }

    private Path supplierBom(Optional<SigningKey> signer) throws Exception {
        Path source = Path.of(getClass().getResource("/controls/acme-supplier-bom.json").toURI());
        Path file = temp.resolve("acme.cdx.json");
        if (signer.isEmpty()) {
            Files.copy(source, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
            LoadedBom bom = new BomReader(ReadLimits.DEFAULT).read(source);
            ObjectNode signed = BomSignatures.sign(bom, signer.get(), SignOptions.defaults());
            Files.write(file, BomJson.pretty(signed));
        }
        return file;
    }

    private EvaluationResult review(Path bom) throws Exception {
        return dev.aibom.core.TestJobs.review(bom, register, ControlScenarios.TODAY, dev.aibom.core.Log.NONE)
                .evaluation();
    }

    private static Finding only(EvaluationResult result, String control, String component) {
        return result.findings().stream().filter(f -> f.control().equals(control) && f.component().equals(component))
                .findFirst().orElseThrow();
    }

    @Test
    void signedByTheRegisteredKeyPasses() throws Exception {
        EvaluationResult result = review(supplierBom(Optional.of(acme)));
        assertThat(only(result, "supplier-bom-signed", "").line()).isEqualTo("[A.10.3] supplier-bom-signed: the BOM is"
                + " signed by ACME ML GmbH's registered key " + KeyFingerprint.of(acme.publicKey()) + ": VALID"
                + " [claimed in the BOM signed by ACME ML GmbH]");
        // the review policy judges the signature once, by supplier-bom-signed
        assertThat(result.control("bom-signed")).isEmpty();
        assertThat(only(result, "supplier-registered", "acme-fraud-gbm").status()).isEqualTo(Status.PASS);
        assertThat(only(result, "supplier-certifications", "acme-fraud-gbm").status())
                .isEqualTo(Status.NOT_APPLICABLE); // the supplier BOM declares no risk level
    }

    @Test
    void signedByAnUnknownKeyFails() throws Exception {
        EvaluationResult result = review(supplierBom(Optional.of(stranger)));
        assertThat(only(result, "supplier-bom-signed", "").line()).isEqualTo("[A.10.3] supplier-bom-signed: the BOM is"
                + " signed with key " + KeyFingerprint.of(stranger.publicKey()) + ", which the supplier register lists"
                + " for no supplier (registered keys: " + KeyFingerprint.of(acme.publicKey()) + " (ACME ML GmbH))"
                + " [claimed in a BOM of ACME ML GmbH signed with a key the register does not list]");
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        assertThat(result.summary(FailOn.ERROR)).contains("ERROR [A.10.3] supplier-bom-signed");
    }

    @Test
    void unsignedFailsAndTheGapsOfAForeignBomAreNamed() throws Exception {
        EvaluationResult result = review(supplierBom(Optional.empty()));
        String claim = " [claimed in an unsigned BOM of ACME ML GmbH]";
        assertThat(only(result, "supplier-bom-signed", "").message()).isEqualTo("the BOM of supplier 'ACME ML GmbH' is"
                + " not signed" + claim);
        // the review policy: a life-cycle stage is an aibom property, which a foreign BOM need not have
        assertThat(only(result, "model-lifecycle-allowed", "acme-fraud-gbm").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.control("model-approval")).isEmpty();
        assertThat(result.control("data-quality")).isEmpty();
        assertThat(result.policy()).isEqualTo("built-in review policy");
        assertThat(only(result, "data-personal", "acme-transactions-2025").message()).isEqualTo("dataset"
                + " 'acme-transactions-2025' holds personal data but has no lawful basis" + claim);
        assertThat(only(result, "data-personal", "acme-transactions-2025").severity()).isEqualTo(Severity.WARNING);
        assertThat(only(result, "hashes-present", "acme-transactions-2025").status()).isEqualTo(Status.FAIL);
        assertThat(only(result, "system-intended-use", "acme-fraud-scoring").status()).isEqualTo(Status.PASS);
        assertThat(result.completeness().percent()).isLessThan(60);
    }
}
