package dev.aibom.core.job;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.diff.Change;
import dev.aibom.core.diff.ChangeKind;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.sign.SignerResult;

import java.util.Locale;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.dt.Violation;

/**
 * The JSON documents {@code --format json} prints for validate, verify, diff and upload (check and review print
 * {@link JsonReport}). Field names are stable and documented in docs/json-output.md; every document has {@code kind}
 * and, where there is a verdict, {@code outcome} ({@code pass} or {@code fail}).
 */
public final class JobJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JobJson() {
    }

    public static ObjectNode validate(ValidateJob.Result result) {
        ObjectNode root = JSON.objectNode();
        root.put("kind", "validate");
        root.put("bom", result.bom().toString());
        root.put("valid", true);
        root.put("specVersion", result.specVersion());
        root.put("serialNumber", result.serialNumber());
        root.put("components", result.components());
        root.put("models", result.models());
        root.put("datasets", result.datasets());
        root.put("services", result.services());
        root.put("signature", result.signature().name().toLowerCase(Locale.ROOT));
        return root;
    }

    /** The document for a BOM that is not valid: every problem with its line and field. */
    public static ObjectNode invalid(String kind, String bom, InvalidInputException error) {
        ObjectNode root = JSON.objectNode();
        root.put("kind", kind);
        root.put("bom", bom);
        root.put("valid", false);
        ArrayNode problems = root.putArray("problems");
        for (Problem problem : error.problems()) {
            ObjectNode node = problems.addObject();
            node.put("source", problem.source());
            node.put("line", problem.line());
            node.put("column", problem.column());
            node.put("field", problem.field());
            node.put("message", problem.message());
            node.put("fix", problem.fix());
        }
        return root;
    }

    public static ObjectNode verify(VerifyJob.Result result, String bom) {
        ObjectNode root = JSON.objectNode();
        root.put("kind", "verify");
        root.put("bom", bom);
        root.put("outcome", result.passed() ? "pass" : "fail");
        signature(root.putObject("signature"), result.verdict());
        ArrayNode signers = root.putArray("signers");
        result.signatures().rootSigners().forEach(signer -> signer(signers.addObject(), signer, false));
        result.signatures().nested().forEach(signer -> signer(signers.addObject(), signer, true));
        ObjectNode files = root.putObject("files");
        files.put("checked", result.files().isPresent());
        if (result.files().isPresent()) {
            ArtifactIntegrity.Report report = result.files().get();
            files.put("ok", report.findings().stream().filter(f -> f.status() == ArtifactIntegrity.Status.OK)
                    .count());
            files.put("failed", report.failures().size());
            files.put("remote", report.remoteArtifacts());
            ArrayNode findings = files.putArray("findings");
            for (ArtifactIntegrity.Finding finding : report.findings()) {
                ObjectNode node = findings.addObject();
                node.put("component", finding.component());
                node.put("path", finding.path());
                node.put("status", finding.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                node.put("detail", finding.detail());
            }
        }
        ArrayNode failures = root.putArray("failures");
        result.failures().forEach(failures::add);
        return root;
    }

    /** {@code aibom upload --format json}: what went where, and the synchronous gate's verdict. */
    public static ObjectNode upload(UploadJob.Result result) {
        ObjectNode root = JSON.objectNode();
        root.put("kind", "upload");
        root.put("server", result.server().toString());
        root.put("token", result.token());
        if (result.projectUuid() != null) {
            root.put("project", result.projectUuid());
        } else {
            root.putNull("project");
        }
        root.put("synchronous", result.synchronous());
        root.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
        ArrayNode violations = root.putArray("violations");
        for (Violation violation : result.violations()) {
            ObjectNode node = violations.addObject();
            node.put("state", violation.state().name());
            node.put("policy", violation.policy());
            node.put("type", violation.type());
            node.put("component", violation.component());
            node.put("condition", violation.condition());
        }
        result.currentMetrics().ifPresentOrElse(m -> {
            ObjectNode metrics = root.putObject("metrics");
            metrics.put("components", m.components());
            metrics.put("vulnerabilities", m.vulnerabilities());
            metrics.put("critical", m.critical());
            metrics.put("high", m.high());
            metrics.put("medium", m.medium());
            metrics.put("low", m.low());
            metrics.put("policyViolationsFail", m.policyViolationsFail());
            metrics.put("policyViolationsWarn", m.policyViolationsWarn());
            metrics.put("policyViolationsInfo", m.policyViolationsInfo());
            metrics.put("inheritedRiskScore", m.inheritedRiskScore());
        }, () -> root.putNull("metrics"));
        root.put("summary", result.summary());
        return root;
    }

    public static ObjectNode diff(DiffJob.Result result) {
        ObjectNode root = JSON.objectNode();
        root.put("kind", "diff");
        root.put("before", result.before().toString());
        root.put("after", result.after().toString());
        root.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
        ArrayNode failOn = root.putArray("failOn");
        result.failOn().stream().sorted().forEach(kind -> failOn.add(kind.value()));
        ObjectNode counts = root.putObject("counts");
        result.counts().forEach((kind, count) -> counts.put(kind.value(), count));
        ArrayNode changes = root.putArray("changes");
        for (Change change : result.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", change.kind().value());
            ObjectNode subject = node.putObject("subject");
            subject.put("kind", change.subject().kind());
            subject.put("name", change.subject().name());
            subject.put("ref", change.subject().ref());
            node.put("field", change.field());
            node.put("before", change.before());
            node.put("after", change.after());
            node.put("fails", result.failOn().contains(change.kind()));
        }
        return root;
    }

    static void signature(ObjectNode node, SignatureVerdict verdict) {
        node.put("state", verdict.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("summary", verdict.line());
        verdict.signer().ifPresent(by -> node.put("signedBy", by));
    }

    private static void signer(ObjectNode node, SignerResult signer, boolean nested) {
        node.put("location", signer.location());
        node.put("nested", nested);
        node.put("algorithm", signer.algorithm());
        node.put("key", signer.keyFingerprint().orElse(""));
        node.put("valid", signer.valid());
        node.put("trusted", signer.trusted());
        node.put("reason", signer.reason());
        signer.subject().ifPresent(subject -> node.put("certificateSubject", subject));
    }
}
