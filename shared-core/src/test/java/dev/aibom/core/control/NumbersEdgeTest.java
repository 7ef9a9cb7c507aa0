package dev.aibom.core.control;

import dev.aibom.control.Status;
import dev.aibom.control.Finding;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Numbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static dev.aibom.core.control.ControlScenarios.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Numbers that are not numbers never meet a threshold: NaN, infinities, overflow, hexadecimal floats, Java suffixes
 * and text, in a BOM's metric values, in a policy's thresholds and in expression controls.
 */
class NumbersEdgeTest {
    private static final String SCORER = "model:credit-pd-logreg";

    @TempDir
    Path temp;
    Path project;
    ObjectNode bom;

    @BeforeEach
    void setUp() throws Exception {
        project = ControlScenarios.exampleProject(temp);
        bom = ControlScenarios.exampleBom(project);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "Infinity", "+Infinity", "-Infinity", "1e400", "-1e400", "1E+99999",
            "0x1p3", "1d", "0.9f", "", " ", "high", "0.9.1", "1e99999999999"})
    void aValueThatIsNotAFiniteNumberNeverMeetsAThreshold(String value) throws Exception {
        setScorerMetrics(value);
        EvaluationResult result = evaluate(policy("""
                includeDefaults: false
                controls:
                  model-verification-evidence: { thresholds: { auc: 0.75 } }
                """));
        Finding finding = scorer(result, "model-verification-evidence");
        assertThat(finding.status()).as(value).isEqualTo(Status.FAIL);
        assertThat(finding.message()).as(value).contains("auc (hold-out) '" + value + "' is ")
                .contains("so it cannot meet 0.75");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.75", "0.750", " 0.8", "7.5e-1", "1", ".9", "+0.76"})
    void aFiniteNumberAtOrAboveTheThresholdMeetsIt(String value) throws Exception {
        setScorerMetrics(value);
        EvaluationResult result = evaluate(policy("""
                includeDefaults: false
                controls:
                  model-verification-evidence: { thresholds: { auc: 0.75 } }
                """));
        assertThat(scorer(result, "model-verification-evidence").status()).as(value).isEqualTo(Status.PASS);
    }

    @Test
    void aValueBelowTheThresholdIsQuoted() throws Exception {
        setScorerMetrics("0.7499999999999999999");
        EvaluationResult result = evaluate(policy("""
                includeDefaults: false
                controls:
                  model-verification-evidence: { thresholds: { auc: 0.75 } }
                """));
        assertThat(scorer(result, "model-verification-evidence").message())
                .endsWith("auc 0.7499999999999999999 (hold-out) is below 0.75");
    }

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".NaN", ".inf", "-.inf", "1e400"})
    void aPolicyThresholdThatIsNotFiniteIsRefusedWhenThePolicyIsLoaded(String threshold) throws Exception {
        Path file = Files.writeString(temp.resolve("aibom-policy.yaml"), "includeDefaults: false\ncontrols:\n"
                + "  model-verification-evidence: { thresholds: { auc: " + threshold + " } }\n");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Policy.load(file, ControlScenarios.REGISTRY));
        assertThat(e).as(threshold).isNotNull();
        // YAML's own NaN and infinities are refused by the YAML reader, an overflow by the parameter binding
        assertThat(e.getMessage()).as(threshold).containsAnyOf("Malformed numeric value '" + threshold + "'",
                "controls.model-verification-evidence.thresholds: 'Infinity' is not a finite number. Fix: write");
    }

    @ParameterizedTest
    @ValueSource(strings = {"double(m.value) >= 0.75", "!(double(m.value) < 0.75)", "double(m.value) != 0.0"})
    void anExpressionOverAValueThatIsNotANumberCouldNotBeEvaluated(String comparison) throws Exception {
        for (String value : new String[]{"NaN", "Infinity", "1e400", "-Infinity"}) {
            setScorerMetrics(value);
            EvaluationResult result = evaluate(policy("""
                    includeDefaults: false
                    controls:
                      org-auc:
                        expression: 'component.metrics.all(m, m.type != "auc" || (%s))'
                        appliesTo: model
                        title: AUC at least 0.75
                        annexA: [A.6.2.4]
                        message: model {name} has a low AUC
                    """.formatted(comparison)));
            Finding finding = scorer(result, "org-auc");
            assertThat(finding.status()).as(comparison + " with " + value).isEqualTo(Status.ERROR);
            assertThat(finding.message()).as(value).contains("double('" + value + "' is ");
            assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        }
        setScorerMetrics("0.8");
        assertThat(scorer(evaluate(policy("""
                includeDefaults: false
                controls:
                  org-auc:
                    expression: 'component.metrics.all(m, m.type != "auc" || (%s))'
                    appliesTo: model
                    title: AUC at least 0.75
                    annexA: [A.6.2.4]
                    message: model {name} has a low AUC
                """.formatted(comparison))), "org-auc").status()).isEqualTo(Status.PASS);
    }

    @Test
    void numbersAreParsedByMeaning() {
        assertThat(Numbers.finite("0.8")).contains(new BigDecimal("0.8"));
        assertThat(Numbers.finite("1e308")).isPresent();
        assertThat(Numbers.finite("1e309")).isEmpty();
        assertThat(Numbers.finite("1e-400")).isPresent();
        assertThat(Numbers.finite("NaN")).isEmpty();
        assertThat(Numbers.finite("Infinity")).isEmpty();
        assertThat(Numbers.finite("0x10")).isEmpty();
        assertThat(Numbers.why("NaN")).isEqualTo("'NaN' is not a finite number");
        assertThat(Numbers.why("1e400")).isEqualTo("'1e400' is out of range (beyond 1.7976931348623157E308)");
        assertThat(Numbers.why("0x1p3")).isEqualTo("'0x1p3' is not a decimal number");
    }

    private void setScorerMetrics(String value) {
        for (var component : bom.withArray("components")) {
            if (component.path("bom-ref").asText().equals(SCORER)) {
                ArrayNode metrics = ((ObjectNode) component).with("modelCard").with("quantitativeAnalysis")
                        .putArray("performanceMetrics");
                metrics.addObject().put("type", "auc").put("value", value).put("slice", "hold-out");
            }
        }
    }

    private Policy policy(String yaml) throws Exception {
        return Policy.load(Files.writeString(temp.resolve("aibom-policy.yaml"), yaml), ControlScenarios.REGISTRY);
    }

    private EvaluationResult evaluate(Policy policy) {
        return ControlScenarios.evaluate(policy, bom, Optional.empty(), Optional.empty(), Optional.empty(), false,
                TODAY, Waivers.none());
    }

    private static Finding scorer(EvaluationResult result, String control) {
        return result.findings().stream().filter(f -> f.control().equals(control) && f.component().equals(SCORER))
                .findFirst().orElseThrow(() -> new AssertionError(control + " has no finding for " + SCORER + ": "
                        + result.findings()));
    }
}
