package dev.aibom.core.job;

import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.core.discovery.DiscoveryScanner;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.io.RealPaths;
import dev.aibom.core.report.ConsoleReport;
import dev.aibom.core.report.ReportFormats;
import dev.aibom.core.report.ReportOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CI step's use cases, from one serializable request to one small serializable result: generate, sign and
 * check ({@link #run}), or review a supplier's BOM ({@link #review}). All decisions are made here; a CI adapter maps
 * parameters and acts on {@link PipelineResult#outcome}.
 */
public final class Pipeline {
    public static final String BOM_FILE = "aibom.cdx.json";

    private Pipeline() {
    }

    /** @param limits the largest BOM read and written (the step's maxBomSize) */
    public static PipelineResult run(PipelineRequest request, Log log, HashListener listener, ReadLimits limits)
            throws AibomException, IOException {
        if (!request.sign() && !request.signing().equals(SigningSettings.DEFAULTS)) {
            throw new AibomException("algorithm or signers is set but sign is false: set sign to true to sign the BOM"
                    + " that way, or remove them.");
        }
        // every path a step names is relative to the workspace, resolved once, here, to a real path
        Path workspace = RealPaths.of(Path.of(request.workspace()));
        Path output = RealPaths.of(workspace, request.outputDirectory());
        Path bom = output.resolve(BOM_FILE);
        List<ExportJob.Format> exports = ExportJob.Format.parseList("exportFormats", request.exportFormats());

        List<Path> trustedKeys = request.trustedKeys().stream().map(k -> RealPaths.of(workspace, k)).toList();
        GenerateJob.run(new GenerateJob.Request(RealPaths.of(workspace, request.descriptor()), workspace, bom,
                Optional.empty(), request.generating().apply(BomOptions.at(request.timestamp()).withListener(listener),
                        Optional.empty(), false, request.environment())
                .withModelTrust(Trust.keys(trustedKeys).modelTrust(java.time.Instant.now()))), log);
        if (request.declare() != null) {
            DeclareJob.run(new DeclareJob.Request(bom, Judging.builder(request.today())
                    .policy(input(workspace, "policy", request.policy(), "aibom-policy.yaml"))
                    .register(input(workspace, "suppliers", request.suppliers(), "suppliers.yaml"))
                    .waivers(input(workspace, "waivers", request.waivers(), "waivers.yaml"))
                    .settings(request.settings()).limits(limits).build(), Optional.of(workspace),
                    request.declare(), Optional.empty()), log, listener);
        }
        List<Path> trusted = new ArrayList<>(trustedKeys);
        Optional<java.security.PublicKey> signedWith = Optional.empty();
        if (request.sign()) {
            boolean file = request.keyFile() != null && !request.keyFile().isBlank();
            if (file == (request.keyMaterial() != null)) {
                throw new AibomException(file ? "sign is true and both keyFile and keyCredentialsId are given: name"
                        + " the signing key once, preferably as keyCredentialsId."
                        : "sign is true but no signing key is given. Set keyCredentialsId to a Secret file"
                        + " credential holding the PEM private key (and passphraseCredentialsId to its passphrase),"
                        + " or pass a key file as keyFile.");
            }
            KeySpec key = file ? KeySpec.file(RealPaths.of(workspace, request.keyFile()))
                    .withPassphraseEnv(request.passphraseVariable()) : KeySpec.of(request.keyMaterial());
            SignJob.Result signed = SignJob.run(new SignJob.Request(bom, bom, key, request.signing().options(),
                    file ? "keyFile" : "keyCredentialsId", request.environment(), limits), log);
            signedWith = Optional.of(signed.key().publicKey());
        }
        Trust trust = Trust.keys(trusted);
        CheckJob.Request check = new CheckJob.Request(bom, Judging.builder(request.today())
                .policy(input(workspace, "policy", request.policy(), "aibom-policy.yaml"))
                .register(input(workspace, "suppliers", request.suppliers(), "suppliers.yaml"))
                .waivers(input(workspace, "waivers", request.waivers(), "waivers.yaml"))
                .trust(signedWith.map(trust::withKey).orElse(trust))
                .settings(request.settings())
                .reports(reports(output, request.formats()))
                .limits(limits)
                .build(), Optional.of(workspace));
        if (!request.scanPaths().isEmpty()) {
            check = check.discovering(new DiscoveryScanner.Request(List.of(),
                    request.scanPaths().stream().map(p -> RealPaths.of(workspace, p)).toList(), workspace));
        }
        CheckJob.Result result = CheckJob.run(check, log, listener);
        Map<String, Path> written = new LinkedHashMap<>(result.reports());
        for (ExportJob.Format format : exports) {
            Path file = output.resolve(format.fileName());
            ExportJob.run(new ExportJob.Request(bom, file, format, limits), log);
            written.put(format.value(), file);
        }
        return conclude(result.evaluation(), result.signature(), workspace, bom, written);
    }

    /** Reviews a BOM someone else made; the result has the same shape as {@link #run}'s. */
    public static PipelineResult review(ReviewRequest request, Log log, HashListener listener,
                                        ReadLimits limits)
            throws AibomException, IOException {
        Path workspace = RealPaths.of(Path.of(request.workspace()));
        Path output = RealPaths.of(workspace, request.outputDirectory());
        Path bom = RealPaths.of(workspace, request.bom());
        ReviewJob.Result result = ReviewJob.run(new ReviewJob.Request(bom, Judging.builder(request.today())
                .register(input(workspace, "suppliers", request.suppliers(), "suppliers.yaml"))
                .policy(input(workspace, "policy", request.policy(), null))
                .waivers(input(workspace, "waivers", request.waivers(), null))
                .trust(Trust.keys(request.trustedKeys().stream().map(k -> RealPaths.of(workspace, k)).toList()))
                .settings(request.settings())
                .reports(reports(output, request.formats()))
                .limits(limits)
                .build()), log, listener);
        return conclude(result.evaluation(), result.signature(), workspace, bom, result.reports());
    }

    /** The reports folder and the formats the step names (parameter {@code formats}), else the default ones. */
    private static ReportOutput reports(Path output, String formats) throws AibomException {
        return formats == null || formats.isBlank() ? ReportOutput.of(output)
                : new ReportOutput(output, ReportFormats.builtIn().parse("formats", formats));
    }

    /**
     * A step parameter: a path relative to the workspace (or a URL) when set, else the conventional default file in
     * the workspace, or nothing.
     */
    private static Input input(Path workspace, String parameter, String value, String defaultName) {
        if (value != null && !value.isBlank()) {
            boolean url = value.startsWith("https://") || value.startsWith("http://");
            return Input.configured(parameter, url ? value : RealPaths.of(workspace, value.trim()).toString());
        }
        return defaultName == null ? Input.none(parameter) : Input.byDefault(parameter,
                RealPaths.of(workspace, defaultName));
    }

    /** The small result a build keeps: outcome, counts, the findings that need attention, where the reports are. */
    private static PipelineResult conclude(EvaluationResult result, SignatureVerdict signature, Path workspace,
                                           Path bom, Map<String, Path> written) {
        List<PipelineResult.FindingRow> rows = new ArrayList<>();
        for (Finding finding : ConsoleReport.attention(result)) {
            rows.add(new PipelineResult.FindingRow(finding.status().value(), finding.severity().value(),
                    String.join(", ", finding.annexA()), finding.control(), finding.kind() + " " + finding.name(),
                    finding.message()));
        }
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("bom", workspace.relativize(bom).toString());
        written.forEach((kind, path) -> reports.put(kind, workspace.relativize(path).toString()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        result.counts().forEach((status, count) -> counts.put(status.value(), count));
        EvaluationResult.Outcome outcome = result.outcome();
        String summary = outcome == EvaluationResult.Outcome.PASS ? "" : result.summary();
        return new PipelineResult(outcome, counts, result.completeness().percent(), summary, signature, rows,
                reports);
    }
}
