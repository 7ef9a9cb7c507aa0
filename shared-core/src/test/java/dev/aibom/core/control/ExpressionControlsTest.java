package dev.aibom.core.control;

import dev.aibom.control.Severity;

import dev.aibom.control.Family;
import dev.aibom.control.Status;
import dev.aibom.control.Finding;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.report.SarifReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static dev.aibom.core.control.ControlScenarios.TODAY;
import static dev.aibom.core.control.ControlScenarios.component;
import static dev.aibom.core.control.ControlScenarios.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Controls a policy defines as CEL expressions: compiled at load, typed, bounded, never a silent pass. */
class ExpressionControlsTest {
    private static final String SCORER = "model:credit-pd-logreg";
    private static final String HUB = "model:all-MiniLM-L6-v2";

    @TempDir
    Path temp;
    Path project;
    ObjectNode bom;

    @BeforeEach
    void setUp() throws Exception {
        project = ControlScenarios.exampleProject(temp);
        bom = ControlScenarios.exampleBom(project);
    }

    private Policy policy(String yaml) throws Exception {
        return Policy.load(Files.writeString(temp.resolve("aibom-policy.yaml"), yaml), ControlScenarios.REGISTRY);
    }

    private EvaluationResult evaluate(Policy policy) {
        return ControlScenarios.evaluate(policy, bom, Optional.empty(), Optional.empty(), Optional.empty(), false,
                TODAY, Waivers.none());
    }

    private static final String NO_GPL = """
            includeDefaults: false
            controls:
              org-no-gpl-models:
                expression: '!component.licenses.exists(l, l.startsWith("GPL"))'
                appliesTo: model
                title: Models are not GPL-licensed
                annexA: [A.10.3]
                severity: error
                message: 'model {name} is GPL-licensed'
            """;

    @Test
    void anExpressionControlPassesAndFailsPerComponentLikeABuiltInOne() throws Exception {
        Policy policy = policy(NO_GPL);
        EvaluationResult clean = evaluate(policy);
        assertThat(clean.findings()).filteredOn(f -> f.control().equals("org-no-gpl-models"))
                .extracting(Finding::status).containsExactly(Status.PASS, Status.PASS, Status.PASS);
        assertThat(finding(clean, SCORER).message()).isEqualTo("model 'credit-pd-logreg': Models are not"
                + " GPL-licensed");

        ArrayNode licenses = component(bom, HUB).putArray("licenses");
        licenses.addObject().put("expression", "GPL-3.0-only");
        EvaluationResult failed = evaluate(policy);
        Finding finding = finding(failed, HUB);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.line()).isEqualTo("[A.10.3] org-no-gpl-models: model all-MiniLM-L6-v2 is GPL-licensed");
        assertThat(finding.family()).isEqualTo(Family.LIFECYCLE);
        assertThat(failed.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        // listed like any other control: SARIF rule with its title and Annex A tag
        String sarif = new String(SarifReport.render(failed), StandardCharsets.UTF_8);
        assertThat(sarif).contains("\"id\": \"org-no-gpl-models\"", "\"text\": \"Models are not GPL-licensed\"",
                "ISO/IEC 42001 A.10.3");
    }

    @Test
    void expressionsSeeTypedComponentAndSystemVariables() throws Exception {
        Policy policy = policy("""
                includeDefaults: false
                controls:
                  org-high-risk-models-pinned:
                    expression: >-
                      system.riskLevel != "high" || component.hashes.exists(a, a == "SHA-256")
                      && component.supplier.name != "" && component.lifecycle in ["approved", "deployed"]
                      && component.properties["aibom:model:lifecycle"].size() == 1
                    appliesTo: model
                    title: Models of high-risk systems are pinned, supplied and released
                    annexA: [A.6.2.3, A.10.3]
                    severity: warning
                    message: '{kind} {name} ({ref}) of {supplier} is not pinned or released'
                  org-system-named:
                    expression: system.name.startsWith("credit-") && size(system.owner) > 0
                    appliesTo: system
                    title: The system follows the naming convention
                    annexA: [A.9.4]
                    message: system {name} breaks the naming convention
                """);
        EvaluationResult result = evaluate(policy);
        assertThat(result.findings()).extracting(Finding::status).containsOnly(Status.PASS);
        assertThat(result.findings()).hasSize(4); // three models, the system
        ControlScenarios.setProperty(component(bom, SCORER), "aibom:model:lifecycle", "draft");
        Finding failed = finding(evaluate(policy), SCORER);
        assertThat(failed.severity()).isEqualTo(Severity.WARNING);
        assertThat(failed.message()).isEqualTo("model credit-pd-logreg (model:credit-pd-logreg) of Northwind Bank"
                + " is not pinned or released");
    }

    @Test
    void aSyntaxErrorNamesThePolicyLineAndColumnAndCelsMessage() throws Exception {
        Path file = Files.writeString(temp.resolve("p.yaml"), """
                controls:
                  org-broken:
                    expression: 'component.name ==  && true'
                    appliesTo: model
                    title: Broken
                    annexA: [A.6.2.7]
                    message: broken
                """);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> Policy.load(file, ControlScenarios.REGISTRY));
        assertThat(error.problems()).extracting(Problem::format).singleElement().asString()
                .startsWith(file + ":3:37: controls.org-broken.expression: CEL syntax error in the expression:")
                .endsWith("Fix: the variables and their types are listed in docs/controls.md (Expression controls).");
    }

    @Test
    void aTypeErrorIsReportedWhenThePolicyIsLoaded() throws Exception {
        Path file = Files.writeString(temp.resolve("p.yaml"), """
                controls:
                  org-typo:
                    expression: component.licence == "MIT"
                    appliesTo: model
                    title: Typo
                    annexA: [A.7.3]
                    message: typo
                  org-wrong-type:
                    expression: component.name + 1 == "x"
                    appliesTo: dataset
                    title: Wrong type
                    annexA: [A.7.3]
                    message: wrong
                  org-not-boolean:
                    expression: component.name
                    appliesTo: service
                    title: Not a condition
                    annexA: [A.7.3]
                    message: not boolean
                  org-no-component-for-system:
                    expression: component.name == "x"
                    appliesTo: system
                    title: System only
                    annexA: [A.9.4]
                    message: x
                """);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> Policy.load(file, ControlScenarios.REGISTRY));
        assertThat(error.problems()).extracting(Problem::format).satisfiesExactly(
                p -> assertThat(p).startsWith(file + ":3:26: controls.org-typo.expression: CEL type error in the"
                        + " expression: ").contains("licence"),
                p -> assertThat(p).startsWith(file + ":9:32: controls.org-wrong-type.expression: CEL type error in"
                        + " the expression: ").contains("no matching overload"),
                p -> assertThat(p).startsWith(file + ":15:26: controls.org-not-boolean.expression: CEL type error"
                        + " in the expression: "),
                p -> assertThat(p).startsWith(file + ":21:17: controls.org-no-component-for-system.expression: CEL"
                        + " type error in the expression: ").contains("undeclared reference to 'component'"));
    }

    @Test
    void malformedDefinitionsAreReportedOneByOne() throws Exception {
        Path file = Files.writeString(temp.resolve("p.yaml"), """
                controls:
                  Org_Bad:
                    expression: 'true'
                    appliesTo: models
                    annexA: [10.3]
                    severity: fatal
                    message: 'model {nam}'
                    colour: red
                """);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> Policy.load(file, ControlScenarios.REGISTRY));
        assertThat(error.problems()).extracting(Problem::format).containsExactly(
                file + ":8:5: controls.Org_Bad.colour: unknown key 'colour' for the expression control 'Org_Bad'. Fix:"
                        + " the keys allowed here are: expression, appliesTo, title, annexA, severity, message,"
                        + " description, remedy, family, enabled.",
                file + ":2:3: controls.Org_Bad: 'Org_Bad' is not a valid control id. Fix: use lower-case words joined"
                        + " by dashes, such as org-no-gpl-models.",
                file + ":2:3: controls.Org_Bad: an expression control needs 'title'. Fix: add 'title: ...' (see"
                        + " docs/controls.md, Expression controls).",
                file + ":4:5: controls.Org_Bad.appliesTo: 'models' is not an allowed value. Fix: use model, dataset,"
                        + " service or system.",
                file + ":5:14: controls.Org_Bad.annexA[0]: '10.3' is not an Annex A reference. Fix: write it as"
                        + " A.<clause>.<control>, such as A.10.3.",
                file + ":6:5: controls.Org_Bad.severity: 'fatal' is not an allowed value. Fix: use error, warning or"
                        + " info.",
                file + ":7:5: controls.Org_Bad.message: the message uses {nam}, which is not a placeholder. Fix: use"
                        + " {name}, {kind}, {type}, {version}, {ref}, {supplier} or {id}.");
    }

    @Test
    void anEvaluationErrorIsAnErrorFindingNeverAPass() throws Exception {
        Policy policy = policy("""
                includeDefaults: false
                controls:
                  org-owner-property:
                    expression: component.properties["acme:owner"][0] != ""
                    appliesTo: dataset
                    title: Datasets name an owner
                    annexA: [A.7.5]
                    message: dataset {name} names no owner
                """);
        EvaluationResult result = evaluate(policy);
        assertThat(result.findings()).filteredOn(f -> f.control().equals("org-owner-property")).hasSize(2)
                .allSatisfy(f -> {
                    assertThat(f.status()).isEqualTo(Status.ERROR);
                    assertThat(f.message()).startsWith("could not evaluate the expression for dataset '")
                            .contains("acme:owner");
                });
        assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
    }

    @Test
    void aPathologicalExpressionIsStoppedByItsBudget() throws Exception {
        Policy policy = policy("""
                includeDefaults: false
                controls:
                  org-slow:
                    expression: >-
                      [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20].all(a,
                      [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20].all(b,
                      [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20].all(c,
                      [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20].all(d, a + b + c + d > 0))))
                    appliesTo: system
                    title: Slow
                    annexA: [A.9.4]
                    message: slow
                """);
        long started = System.nanoTime();
        Finding finding = evaluate(policy).findings().get(0);
        assertThat(finding.status()).isEqualTo(Status.ERROR);
        assertThat(finding.message()).isEqualTo("could not evaluate the expression for system 'credit-risk-scorer':"
                + " it took more than 50000 evaluation steps");
        assertThat(System.nanoTime() - started).as("bounded, not 160,000 iterations").isLessThan(5_000_000_000L);
    }

    @Test
    void aDisabledExpressionControlDoesNotRun() throws Exception {
        Policy policy = policy(NO_GPL.replace("severity: error", "severity: error\n    enabled: false"));
        assertThat(policy.controls()).doesNotContainKey("org-no-gpl-models");
    }
}
