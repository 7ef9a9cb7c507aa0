package dev.aibom.core.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.BomSchema;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.bom.SignatureForm;
import dev.aibom.core.bom.SpecVersion;
import dev.aibom.control.BomView;
import dev.aibom.core.control.ControlEngine;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.control.Finding;
import dev.aibom.core.bom.DeclarationSummary;
import dev.aibom.core.declare.DeclarationWriter;
import dev.aibom.core.declare.DeclareOptions;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import dev.aibom.core.bom.BomXml;

/**
 * The "declare" use case: evaluate the controls on a generated, not yet signed BOM and write the result into it as
 * CycloneDX declarations (ISO/IEC 42001 Annex A attestation, claims, evidence, affirmation), so that signing it next
 * covers them. The controls that judge the BOM's own signature are left out of the declaration: the BOM is signed
 * after it, and {@code check} judges the signature.
 */
public final class DeclareJob {
    /** Controls about the document's signature, not about the AI system: judged by check, after signing. */
    static final Set<String> NOT_DECLARED = Set.of("bom-signed", "supplier-bom-signed");

    private DeclareJob() {
    }

    /**
     * @param filesBase the folder of the BOM's files, when they are at hand (their hashes are then part of the
     *                  evidence)
     * @param xml       the XML form of the same BOM, rewritten from the declared JSON when present
     * @param limits the largest BOM read (the front end's maxBomSize)
     */
    /**
     * @param judging   the policy, register, waivers and day the controls are evaluated with, as for a check (the same
     *                  {@link Judging} a check is built from; declare writes no reports, so none may be named)
     * @param filesBase where the BOM's files are, to check them against its hashes
     * @param xml       the XML form to rewrite beside the JSON, if any
     */
    public record Request(Path bom, Judging judging, Optional<Path> filesBase, DeclareOptions options,
                          Optional<Path> xml) {
        public Request {
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(judging, "judging");
            Objects.requireNonNull(filesBase, "filesBase");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(xml, "xml");
            if (judging.reports().isPresent()) {
                throw new IllegalArgumentException("declare writes no reports; the judging names "
                        + judging.reports().get());
            }
        }
    }

    public record Result(Path bom, DeclarationSummary summary) {
    }

    public static Result run(Request request, Log log, HashListener listener) throws AibomException, IOException {
        LoadedBom bom = new BomReader(request.judging().limits()).read(request.bom());
        if (bom.signatureForm() != SignatureForm.NONE) {
            throw new AibomException(request.bom() + " is already signed: declare before signing, so that the"
                    + " signature covers the declarations (generate, declare, sign).");
        }
        if (bom.tree().has("declarations") || bom.tree().has("definitions")) {
            throw new AibomException(request.bom() + " already has declarations or definitions: declare once, on the"
                    + " BOM generate wrote.");
        }
        if (bom.specVersion() != SpecVersion.V1_6) {
            throw new AibomException(request.bom() + " is a CycloneDX " + bom.specVersion().text() + " BOM; declare"
                    + " writes CycloneDX 1.6 declarations into the 1.6 BOMs aibom generates.");
        }
        Evaluation.Inputs inputs = Evaluation.inputs(request.judging(), false);
        log.info(inputs.line());
        Optional<ArtifactIntegrity.Report> integrity = request.filesBase().isPresent()
                ? Optional.of(ArtifactIntegrity.check(bom.tree(), request.filesBase().get(), listener))
                : Optional.empty();
        EvaluationContext context = new EvaluationContext(new BomView(bom.tree()), inputs.register(),
                Optional.empty(), integrity, false, request.judging().today());
        if (request.filesBase().isPresent()) {
            context = context.withFiles(request.filesBase().get());
        }
        EvaluationResult evaluated = ControlEngine.evaluate(bom, context, inputs.policy(), inputs.waivers());
        List<Finding> declared = evaluated.findings().stream().filter(f -> !NOT_DECLARED.contains(f.control()))
                .toList();
        EvaluationResult result = evaluated.withFindings(declared);

        ObjectNode tree = bom.tree().deepCopy();
        String assessor = assessor(request.options(), tree);
        Instant created = Instant.parse(tree.at("/metadata/timestamp").asText("1970-01-01T00:00:00Z"));
        DeclarationWriter.declare(tree, result, inputs.waivers(), request.options(), assessor, created,
                request.judging().today());
        List<BomSchema.SchemaError> errors = BomSchema.validateJson(tree, SpecVersion.V1_6);
        if (!errors.isEmpty()) {
            throw new AibomException("The declarations for " + request.bom() + " do not validate against the CycloneDX"
                    + " 1.6 schema, so nothing was written. Please report this as an aibom bug. Schema errors:\n  - "
                    + String.join("\n  - ", errors.stream().map(Object::toString).toList()));
        }
        // what declare writes must pass the same content checks a reviewer's supplier-attestation applies
        DeclarationSummary summary = DeclarationSummary.of(tree).orElseThrow();
        if (!summary.issues().isEmpty()) {
            throw new AibomException("The declarations for " + request.bom() + " do not hold together, so nothing was"
                    + " written. Please report this as an aibom bug:\n  - " + String.join("\n  - ", summary.issues()
                    .stream().map(i -> i.pointer() + ": " + i.message()).toList()));
        }
        byte[] json = BomJson.pretty(tree);
        Optional<byte[]> xml = Optional.empty();
        if (request.xml().isPresent()) {
            xml = Optional.of(BomXml.fromJson(json, request.xml().get()));
        }
        AtomicFiles.write(request.bom(), json);
        if (xml.isPresent()) {
            AtomicFiles.write(request.xml().get(), xml.get());
        }
        log.info("declared in " + request.bom() + ": " + summary.line());
        return new Result(request.bom(), summary);
    }

    private static String assessor(DeclareOptions options, ObjectNode tree) throws AibomException {
        if (!options.assessor().isEmpty()) {
            return options.assessor();
        }
        for (String pointer : List.of("/metadata/manufacturer/name", "/metadata/supplier/name")) {
            String name = tree.at(pointer).asText("");
            if (!name.isBlank()) {
                return name;
            }
        }
        throw new AibomException("declare: the BOM names no organisation of its own (metadata.supplier): set the"
                + " assessor, the organisation that declares.");
    }

    static boolean exists(Path file) {
        return Files.exists(file);
    }
}
