package dev.aibom.core.job;

import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.control.BomView;
import dev.aibom.control.BomEntity;
import dev.aibom.control.BomItem;
import dev.aibom.core.control.ControlEngine;
import dev.aibom.control.ControlMetadata;
import dev.aibom.core.control.ControlRegistry;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.FindingLog;
import dev.aibom.control.Finding;
import dev.aibom.core.control.Policy;
import dev.aibom.control.Severity;
import dev.aibom.control.Status;
import dev.aibom.core.control.SupplierRegister;
import dev.aibom.core.control.Waivers;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.report.ConsoleReport;
import dev.aibom.core.modelsig.ModelTrust;
import dev.aibom.core.report.ReportOutput;
import dev.aibom.core.report.Reports;
import dev.aibom.core.report.ReportHeader;
import dev.aibom.core.control.rules.system.AiComponentsPresent;
import dev.aibom.core.Text;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.VerificationPolicy;
import dev.aibom.core.sign.VerificationReport;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.aibom.control.AibomProperties;
import dev.aibom.core.discovery.Discovery;
import dev.aibom.core.hub.HubRepo;

/** What the check and review jobs share: resolving inputs, verifying, evaluating, logging, writing reports. */
final class Evaluation {
    private Evaluation() {
    }

    /** The policy, supplier register and waivers a job uses, and one line saying which. */
    record Inputs(ControlRegistry registry, Policy policy, Optional<SupplierRegister> register, Waivers waivers,
                  String line) {
    }

    /**
     * @param review             a review of a third party's BOM: the register is required, and without a policy the
     *                           built-in review policy applies
     * @param requireAiComponents a BOM without models, datasets and AI services fails ({@code ai-components-present}
     *                           at error)
     */
    static Inputs inputs(Judging judging, boolean review) throws AibomException {
        Map<String, String> required = new LinkedHashMap<>();
        if (judging.requireAiComponents()) {
            required.put(AiComponentsPresent.ID, "AI components");
        }
        if (judging.settings().requireSignedBom()) {
            if (!review && judging.trust().isEmpty()) {
                // bom-signed is "not applicable" without a key to trust: a required signature cannot pass unjudged
                throw new AibomException("requireSignedBom: a signature by a trusted key is required, but no trusted"
                        + " key or CA root is configured, so no signature could pass. Name the public keys (or CA"
                        + " roots) the BOM may be signed with (trustedKeys), or drop requireSignedBom.");
            }
            required.put(review ? "supplier-bom-signed" : "bom-signed", "a trusted signature");
        }
        return inputs(judging.policy(), judging.register(), judging.waivers(), review, required,
                judging.registerTimeout());
    }

    /** @param required controls judged at error whatever the policy says, each with what it requires */
    private static Inputs inputs(Input policyInput, Input registerInput, Input waiversInput, boolean review,
                                 Map<String, String> required, Duration registerTimeout) throws AibomException {
        ControlRegistry registry = ControlRegistry.load();
        Optional<String> policyFile = policyInput.resolve("policy");
        Policy policy = policyFile.isPresent() ? Policy.load(Path.of(policyFile.get()), registry)
                : review ? Policy.review(registry) : Policy.defaults(registry);
        for (String control : required.keySet()) {
            policy = policy.requiring(control, Severity.ERROR, registry);
        }
        Optional<String> registerLocation = registerInput.resolve("supplier register");
        Optional<SupplierRegister> register = registerLocation.isPresent()
                ? Optional.of(SupplierRegister.load(registerLocation.get(), registerTimeout)) : Optional.empty();
        List<String> needing = policy.needing(ControlMetadata.Input.SUPPLIER_REGISTER);
        if (register.isEmpty() && (review || !needing.isEmpty())) {
            throw new AibomException(registerInput.parameter() + ": no supplier register is configured"
                    + registerInput.location().map(l -> " (the default " + l + " does not exist)").orElse("")
                    + ", but " + (review ? "a review judges the supplier against it" : "the policy ("
                    + policy.source() + ") enables controls that need it: " + String.join(", ", needing))
                    + ". Point " + registerInput.parameter() + " at procurement's suppliers.yaml (or its https URL)"
                    + (review ? "." : ", or disable these controls in the policy."));
        }
        Optional<String> waiverFile = waiversInput.resolve("waiver file");
        Waivers waivers = waiverFile.isPresent() ? Waivers.load(Path.of(waiverFile.get()), registry)
                : Waivers.none();
        String line = "inputs: " + (policyFile.isPresent() ? policyInput.describe("policy", policyFile, "")
                : "policy: " + policy.source() + (policyInput.location().isPresent() ? " (default "
                + policyInput.location().get() + " not found)" : "")) + (required.isEmpty() ? ""
                : " with " + String.join(" and ", required.values()) + " required") + "; "
                + registerInput.describe("supplier register", registerLocation, "none") + "; "
                + waiversInput.describe("waivers", waiverFile, "none");
        return new Inputs(registry, policy, register, waivers, line);
    }

    /** What one evaluation gives a job. */
    record Outcome(EvaluationResult result, SignatureVerdict verdict, ReportHeader header, Map<String, Path> reports) {
    }

    /**
     * @param review    a review of a third party's BOM: the signer is named in every finding
     * @param filesBase where the BOM's files are, to check them against its hashes
     * @param discovery what discovery found in what the build ships
     */
    static Outcome evaluate(Path bomFile, Judging judging, Inputs inputs, boolean review, Optional<Path> filesBase,
                            Optional<Discovery> discovery, Log log, HashListener listener)
            throws AibomException, IOException {
        // the BOM's tree is held by judge's frame only: the reports, written from the findings, do not keep it alive
        Outcome judged = judge(bomFile, judging, inputs, review, filesBase, discovery, log, listener);
        Map<String, Path> reports = new LinkedHashMap<>();
        if (judging.reports().isPresent()) {
            ReportOutput output = judging.reports().get();
            reports.putAll(Reports.write(judged.result(), judged.header(), output.directory(), output.formats()));
            log.info(Reports.line(reports) + (output.formats().byDefault() ? "; formats: default ("
                    + output.formats().ids() + ")" : ""));
        }
        return new Outcome(judged.result(), judged.verdict(), judged.header(), reports);
    }

    /** Reads and judges the BOM and logs the verdict; no reports yet. */
    private static Outcome judge(Path bomFile, Judging judging, Inputs inputs, boolean review,
                                 Optional<Path> filesBase, Optional<Discovery> discovery, Log log,
                                 HashListener listener) throws AibomException, IOException {
        Trust trust = judging.trust();
        if (!review) {
            log.info(inputs.line());
        }
        // signatures are always verified when present: an invalid one is evidence of tampering, trusted keys or not
        List<PublicKey> registered = new ArrayList<>();
        if (review) {
            inputs.register().ifPresent(r -> r.suppliers().forEach(s -> registered.addAll(s.publicKeys())));
        }
        VerificationPolicy verification = trust.policy(registered, false);
        // read once, strictly, verifying the signatures as it goes; the components stay on disk, judged in slices
        try (StreamedBom bom = StreamedBom.read(bomFile, judging.limits(), verification,
                filesBase.isPresent())) {
            return judge(bomFile, bom, verification, judging, inputs, review, filesBase, discovery, log, listener);
        }
    }

    private static Outcome judge(Path bomFile, StreamedBom bom, VerificationPolicy verification, Judging judging,
                                 Inputs inputs, boolean review, Optional<Path> filesBase,
                                 Optional<Discovery> discovery, Log log, HashListener listener)
            throws AibomException, IOException {
        LocalDate today = judging.today();
        VerificationReport signatures = bom.signatures();
        Optional<ArtifactIntegrity.Report> integrity = filesBase.isPresent()
                ? Optional.of(ArtifactIntegrity.check(bom.fileFacts(), filesBase.get(), listener)) : Optional.empty();
        BomView view = bom.document();
        EvaluationContext context = new EvaluationContext(view, inputs.register(), Optional.of(signatures), integrity,
                review, today);
        if (filesBase.isPresent()) {
            context = context.withFiles(filesBase.get());
        }
        if (discovery.isPresent()) {
            context = context.withDiscovery(discovery.get());
        }
        // model signatures count with the same trust as the BOM's own
        context = context.withModelTrust(new ModelTrust(verification.trustedKeys(), verification.trustedRoots(),
                verification.now()));
        List<String> hubCache = new ArrayList<>();
        EvaluationResult result = ControlEngine.evaluate(bomFile.toString(), context, inputs.policy(),
                        inputs.waivers(), bom, slice -> hubCache(slice, hubCache))
                .judgedWith(judging.failOn().orElse(inputs.policy().failOn()), judging.unstableOn());
        SignatureVerdict verdict = SignatureVerdict.of(signatures, verification.trustedKeys(),
                review ? inputs.register() : Optional.empty());
        String supplierStatus = review ? supplierStatus(view, inputs.register()) : "";
        ReportHeader header = ReportHeader.of(review, bomFile.toString(), bom.specVersion(), view,
                supplierStatus, today, verdict);
        if (review) {
            result = result.withFindings(claims(result.findings(), verdict, view));
            // who and what first: the supplier, the signature, what the BOM lists; then how it was judged
            log.info("supplier: " + (header.supplier().isEmpty() ? "the BOM names no supplier"
                    + " (metadata.supplier, metadata.manufacturer)" : Text.printable(header.supplier()) + ", "
                    + supplierStatus));
            log.info("signature: " + verdict.line());
            log.info("contents: " + contents(header));
            header.declarations().ifPresent(d -> log.info("declarations: " + d.line()));
            log.info(inputs.line());
        } else {
            log.info("signature: " + verdict.line());
            header.declarations().ifPresent(d -> log.info("declarations: " + d.line()));
            if (filesBase.isEmpty()) {
                // the default when no folder is given: said, since a check that passes has then read no file
                log.info("files: not checked against the BOM's hashes (no folder of its files was given): the"
                        + " controls judge what the BOM records");
            }
        }
        hubCache.forEach(log::info);
        for (Finding finding : ConsoleReport.attention(result)) {
            if (finding.status() == Status.WAIVED || finding.severity() == Severity.INFO) {
                log.info(finding.line());
            } else if (finding.status() == Status.ERROR || finding.severity() == Severity.ERROR) {
                log.error(finding.line());
            } else {
                log.warn(finding.line());
            }
        }
        log.info("controls: " + ConsoleReport.counts(result));
        return new Outcome(result, verdict, header, Map.of());
    }

    /** Hub metadata that only a committed cache vouches for: the reviewer should know (one line per component). */
    private static void hubCache(BomView slice, List<String> lines) {
        for (BomItem item : slice.items()) {
            // every value: conflicting ones are properties-unambiguous's to judge, not a reason to stop here
            if (item.properties(AibomProperties.HUB_METADATA_SOURCE).contains(HubRepo.Origin.PROJECT_CACHE.value())) {
                lines.add("hub: " + item.label() + ": its files and SHA-256s come from a Hub cache committed with the"
                        + " project, not checked against the Hub (aibom:hub:metadataSource "
                        + HubRepo.Origin.PROJECT_CACHE.value() + ")");
            }
        }
    }

    /** "CycloneDX 1.6 BOM of system fraud-scoring 2.3.0: 2 models, 1 dataset and 1 service". */
    private static String contents(ReportHeader header) {
        String what = "CycloneDX " + header.specVersion() + " BOM" + (header.system().isEmpty() ? ""
                : " of system " + Text.printable(header.systemLabel()));
        if (header.models() + header.datasets() + header.services() == 0) {
            return what + ": no AI components (no model, dataset or service) - a software SBOM, not an AI-BOM";
        }
        return what + ": " + header.contents();
    }

    /** What the register says about the supplier the BOM names. */
    static String supplierStatus(BomView view, Optional<SupplierRegister> register) {
        if (register.isEmpty()) {
            return "not checked (no supplier register)";
        }
        SupplierRegister.Identity identity = register.get().identify(view.bomSupplier(), Optional.empty());
        if (identity instanceof SupplierRegister.Registered registered) {
            return "registered as '" + registered.supplier().id() + "' (" + registered.supplier().status().value()
                    + ")";
        }
        if (identity instanceof SupplierRegister.Conflict conflict) {
            return "NOT a match in the supplier register: " + conflict.reason();
        }
        if (identity instanceof SupplierRegister.Unregistered) {
            return "NOT in the supplier register";
        }
        return "";
    }

    /**
     * In a review every finding is the supplier's claim, bound to the supplier only by a valid signature with a key
     * the register lists for it: each message says whose claim it is.
     */
    private static List<Finding> claims(List<Finding> findings, SignatureVerdict verdict, BomView bom) {
        String stated = bom.bomSupplier().map(BomEntity::name).orElse("an unnamed supplier");
        String claim = switch (verdict.state()) {
            case VALID_TRUSTED, VALID_UNTRUSTED -> verdict.signer()
                    .map(by -> " [claimed in the BOM signed by " + by + "]")
                    .orElse(" [claimed in a BOM of " + stated + " signed with a key the register does not list]");
            case INVALID -> " [claimed in a BOM of " + stated + " whose signature is INVALID]";
            default -> " [claimed in an unsigned BOM of " + stated + "]";
        };
        return FindingLog.of(() -> findings.stream().map(f -> f.withMessage(f.message() + claim)).iterator());
    }
}
