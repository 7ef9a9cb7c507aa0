package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.control.AibomProperties;
import dev.aibom.control.BomView;
import dev.aibom.control.BomItem;
import dev.aibom.core.io.ProjectFolder;
import dev.aibom.core.modelsig.ModelSignatureResult;
import dev.aibom.core.modelsig.ModelSignatureVerifier;
import dev.aibom.core.modelsig.ModelTrust;

import dev.aibom.core.control.SignatureVerdict;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.SignerResult;
import dev.aibom.core.sign.VerificationPolicy;
import dev.aibom.core.sign.VerificationReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import dev.aibom.core.bom.BomRefFingerprints;
import dev.aibom.core.bom.DeclarationSummary;

/**
 * The "verify" use case: a BOM's signatures (every root signer trusted and valid, no nested signature invalid), then
 * its files against its hashes. Progress lines go to the log as they happen, so hashing a big file shows where it
 * belongs.
 */
public final class VerifyJob {
    private VerifyJob() {
    }

    /**
     * @param requireSignature an unsigned BOM fails
     * @param filesBase        the folder the BOM's file paths are relative to; empty to skip the file check
     * @param filesHint        how the user points at that folder or skips the check, for the hint when no file is
     *                         there ({@code --base DIR or --skip-files})
     * @param limits the largest BOM read (the front end's maxBomSize)
     */
    public record Request(Path bom, Trust trust, boolean requireSignature, Optional<Path> filesBase,
                          String filesHint,
                          ReadLimits limits) {
        public Request {
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(trust, "trust");
            Objects.requireNonNull(filesBase, "filesBase");
            Objects.requireNonNull(filesHint, "filesHint");
        }
    }

    /**
     * @param failures why it does not verify, one line each; empty when it does
     */
    public record Result(VerificationReport signatures, SignatureVerdict verdict,
                         Optional<ArtifactIntegrity.Report> files, List<String> failures,
                         EvaluationResult.Outcome outcome) {
        public Result {
            failures = List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /**
     * Reads the BOM once, without keeping it: each element of its top-level arrays is schema-checked, canonicalized
     * into a spool for the root signature, searched for nested signatures and - when the files are checked - reduced
     * to what the file check needs, then dropped. Memory does not grow with the number of components.
     */
    public static Result run(Request request, Log log, HashListener listener) throws AibomException, IOException {
        VerificationPolicy policy = request.trust().policy(List.of(), request.requireSignature());
        ArrayNode fileFacts = JsonNodeFactory.instance.arrayNode();
        boolean checkFiles = request.filesBase().isPresent();
        // what the declarations may refer to: the components and services, which the read does not keep
        BomRefFingerprints refs = new BomRefFingerprints();
        BomSignatures.Read read = BomSignatures.verify(request.bom(), request.limits(), policy,
                (member, index, element) -> {
                    refs.addAll(element);
                    if (checkFiles && member.equals("components")) {
                        fileFacts.add(ArtifactIntegrity.facts(element));
                    }
                });
        VerificationReport report = read.report();
        ObjectNode root = read.root();
        for (SignerResult signer : report.rootSigners()) {
            log.info("signature " + signer.summary());
        }
        for (SignerResult signer : report.nested()) {
            log.info("nested signature " + signer.summary());
        }
        refs.addAll(root); // the system and whatever else the root holds outside the declarations
        DeclarationSummary.of(root, refs::contains)
                .ifPresent(declarations -> log.info("declarations: " + declarations.line()
                        + (report.state() == VerificationReport.State.UNSIGNED
                        ? " (not signed: nobody is bound to them)" : "")));
        List<String> failures = new ArrayList<>(report.failures());
        Optional<ArtifactIntegrity.Report> files = Optional.empty();
        if (request.filesBase().isPresent()) {
            ObjectNode components = JsonNodeFactory.instance.objectNode();
            components.set("components", fileFacts);
            ArtifactIntegrity.Report integrity = ArtifactIntegrity.check(components, request.filesBase().get(),
                    listener);
            files = Optional.of(integrity);
            long ok = integrity.findings().stream().filter(f -> f.status() == ArtifactIntegrity.Status.OK).count();
            log.info("files: " + ok + " match the BOM, " + integrity.failures().size() + " do not, "
                    + integrity.remoteArtifacts() + " fetched at deploy time (not checked here)");
            integrity.failures().forEach(f -> failures.add("file " + f.summary()));
            boolean noneThere = !integrity.findings().isEmpty() && integrity.findings().stream()
                    .allMatch(f -> f.status() == ArtifactIntegrity.Status.MISSING);
            if (noneThere) {
                failures.add("none of the BOM's files is in " + request.filesBase().get().toAbsolutePath()
                        .normalize() + ": if the delivery's files are elsewhere, give their folder ("
                        + request.filesHint() + ")");
            }
            modelSignatures(components, request.filesBase().get(), policy, log, failures);
        }
        SignatureVerdict verdict = SignatureVerdict.of(report, policy.trustedKeys(), Optional.empty());
        if (failures.isEmpty()) {
            log.info(request.bom() + " verified");
        } else {
            log.error("verification of " + request.bom() + " FAILED (" + failures.size() + " problem"
                    + (failures.size() == 1 ? "" : "s") + "):");
            failures.forEach(failure -> log.error("- " + failure));
        }
        return new Result(report, verdict, files, failures, failures.isEmpty() ? EvaluationResult.Outcome.PASS
                : EvaluationResult.Outcome.FAIL);
    }

    /**
     * Every model folder that carries a {@code model.sig} (OpenSSF Model Signing): the signature must verify with the
     * same trust as the BOM's, over the files as they are now.
     */
    private static void modelSignatures(JsonNode components, Path base, VerificationPolicy policy, Log log,
                                        List<String> failures) throws AibomException, IOException {
        ProjectFolder folder = ProjectFolder.of(base);
        ModelSignatureVerifier verifier = new ModelTrust(policy.trustedKeys(), policy.trustedRoots(), policy.now())
                .verifier();
        for (BomItem model : new BomView(components).items(BomView.MODEL)) {
            Optional<String> path;
            try {
                path = model.property(AibomProperties.ARTIFACT_PATH);
            } catch (BomItem.AmbiguousPropertyException e) {
                continue; // the file check above fails it: conflicting paths
            }
            if (path.isEmpty() || !(folder.locate(path.get()) instanceof ProjectFolder.Inside inside)) {
                continue; // the file check above says what is missing
            }
            Optional<Path> signature = ModelSignatureVerifier.signatureOf(inside.path());
            if (signature.isEmpty()) {
                continue;
            }
            ModelSignatureResult result = verifier.verify(signature.get());
            String line = "model signature: " + model.label() + ": " + folder.shown(signature.get()) + " "
                    + result.line();
            if (result.verified()) {
                log.info(line);
            } else {
                failures.add(line);
            }
        }
    }
}
