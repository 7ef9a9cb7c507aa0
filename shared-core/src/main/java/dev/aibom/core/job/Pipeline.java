package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.bom.BomGeneration;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.GeneratedBom;
import dev.aibom.core.control.ControlCheck;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.Finding;
import dev.aibom.core.control.FailOn;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.report.ConsoleReport;
import dev.aibom.core.report.Reports;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.Passphrase;
import dev.aibom.core.sign.SignOptions;
import dev.aibom.core.sign.SigningKey;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The generate-sign-check job of a CI step, from one request to one small result. All decisions (what passes, what
 * is unstable, what fails) are made here, so CI adapters only map parameters and act on {@link PipelineResult#outcome}.
 */
public final class Pipeline {
    public static final String BOM_FILE = "aibom.cdx.json";

    private Pipeline() {
    }

    public static PipelineResult run(PipelineRequest request) throws AibomException, IOException {
        Path workspace = Path.of(request.workspace()).toAbsolutePath().normalize();
        Path output = workspace.resolve(request.outputDirectory()).normalize();
        Path bom = output.resolve(BOM_FILE);
        List<String> log = new ArrayList<>();

        GeneratedBom generated = BomGeneration.run(new BomGeneration.Request(workspace.resolve(request.descriptor()),
                workspace, bom, Optional.empty(), BomOptions.at(request.timestamp()).withListener(HashListener.NONE)));
        log.add("aibom: wrote " + workspace.relativize(bom) + " (CycloneDX 1.6, " + generated.components()
                + " models and datasets, serialNumber " + generated.serialNumber() + ")");

        String signature = "unsigned";
        List<PublicKey> trusted = new ArrayList<>(KeyLoader.publicKeys(
                request.trustedKeys().stream().map(workspace::resolve).toList()));
        if (request.sign()) {
            if (request.keyFile() == null || request.keyFile().isBlank()) {
                throw new AibomException("sign is true but no keyFile is given. Pass the key file, for example from"
                        + " withCredentials([file(credentialsId: ..., variable: 'AIBOM_KEY')]) as keyFile: env.AIBOM_KEY.");
            }
            Optional<Passphrase> passphrase = Optional.empty();
            String variable = request.passphraseVariable();
            if (variable != null && !variable.isBlank() && request.environment().containsKey(variable)) {
                passphrase = Optional.of(Passphrase.fromEnvironment(variable, request.environment()));
            }
            SigningKey key = KeyLoader.privateKey(workspace.resolve(request.keyFile()), passphrase);
            BomSignatures.signFile(bom, bom, key, SignOptions.defaults());
            trusted.add(key.publicKey());
            signature = "signed";
            log.add("aibom: signed " + workspace.relativize(bom) + " with key id "
                    + dev.aibom.core.sign.Jwk.thumbprint(key.publicKey()));
        }

        EvaluationResult result = ControlCheck.run(new ControlCheck.Request(bom,
                optionalFile(workspace, request.policy()), optionalRegister(workspace, request.suppliers()),
                optionalFile(workspace, request.waivers()), trusted, Optional.of(workspace), false, request.today(),
                request.failOnOverride(), Duration.ofSeconds(20)), HashListener.NONE);
        FailOn failOn = request.failOnOverride().orElse(result.failOn());
        return conclude(result, failOn, request.unstableLevel(), workspace, output, bom, log, signature);
    }

    /** Reviews a BOM someone else made; the result has the same shape as {@link #run}'s. */
    public static PipelineResult review(ReviewRequest request) throws AibomException, IOException {
        Path workspace = Path.of(request.workspace()).toAbsolutePath().normalize();
        Path output = workspace.resolve(request.outputDirectory()).normalize();
        List<PublicKey> trusted = new ArrayList<>();
        for (String entry : request.trustedKeys()) {
            Path path = workspace.resolve(entry);
            if (java.nio.file.Files.isDirectory(path)) {
                try (var files = java.nio.file.Files.list(path)) {
                    for (Path pem : files.filter(f -> f.toString().endsWith(".pem")).sorted().toList()) {
                        trusted.addAll(KeyLoader.publicKeys(pem));
                    }
                }
            } else {
                trusted.addAll(KeyLoader.publicKeys(path));
            }
        }
        List<String> log = new ArrayList<>();
        Path bom = workspace.resolve(request.bom());
        log.add("aibom: reviewing " + workspace.relativize(bom));
        EvaluationResult result = ControlCheck.run(new ControlCheck.Request(bom,
                optionalFile(workspace, request.policy()), optionalRegister(workspace, request.suppliers()),
                optionalFile(workspace, request.waivers()), trusted, Optional.empty(), true, request.today(),
                request.failOnOverride(), Duration.ofSeconds(20)), HashListener.NONE);
        String signature = "unsigned";
        for (Finding finding : result.findings()) {
            if (finding.control().equals("bom-signed") || finding.control().equals("supplier-bom-signed")) {
                if (finding.status() == dev.aibom.core.control.Status.PASS) {
                    signature = signature.equals("unsigned") ? "signed, trusted" : signature;
                } else if (finding.status() == dev.aibom.core.control.Status.FAIL) {
                    signature = finding.message();
                }
            }
        }
        FailOn failOn = request.failOnOverride().orElse(result.failOn());
        return conclude(result, failOn, Optional.ofNullable(request.unstableOn()), workspace, output, bom, log,
                signature);
    }

    /** Logs the findings, writes the reports and decides the outcome: the same for every CI job. */
    private static PipelineResult conclude(EvaluationResult result, FailOn failOn,
                                           Optional<dev.aibom.core.control.Severity> unstableOn, Path workspace,
                                           Path output, Path bom, List<String> log, String signature)
            throws IOException {
        List<PipelineResult.FindingRow> rows = new ArrayList<>();
        for (Finding finding : ConsoleReport.attention(result)) {
            log.add("aibom: " + finding.severity().value().toUpperCase(Locale.ROOT) + " " + finding.line());
            rows.add(new PipelineResult.FindingRow(finding.status().value(), finding.severity().value(),
                    String.join(", ", finding.annexA()), finding.control(), finding.kind() + " " + finding.name(),
                    finding.message()));
        }
        log.add("aibom: controls: " + ConsoleReport.counts(result));
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("bom", workspace.relativize(bom).toString());
        Reports.writeAll(result, output).forEach((kind, path) -> reports.put(kind, workspace.relativize(path)
                .toString()));
        log.add("aibom: reports: " + reports.get("html"));
        EvaluationResult.Outcome outcome = result.outcome(failOn, unstableOn);
        Map<String, Integer> counts = new LinkedHashMap<>();
        result.counts().forEach((status, count) -> counts.put(status.value(), count));
        String summary = outcome == EvaluationResult.Outcome.PASS ? "" : result.summary(failOn);
        return new PipelineResult(outcome.name(), counts, result.completeness().percent(), log, summary, signature,
                rows, reports);
    }

    private static Optional<Path> optionalFile(Path workspace, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(workspace.resolve(value));
    }

    private static Optional<String> optionalRegister(Path workspace, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.startsWith("https://") || value.startsWith("http://") ? value
                : workspace.resolve(value).toString());
    }
}
