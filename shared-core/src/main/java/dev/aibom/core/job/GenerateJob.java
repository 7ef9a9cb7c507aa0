package dev.aibom.core.job;

import dev.aibom.control.AibomProperties;
import dev.aibom.core.modelsig.ModelSignatureResult;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomGenerator;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.BomWriter;
import dev.aibom.core.bom.GeneratedBom;
import dev.aibom.core.descriptor.DescriptorLoader;
import dev.aibom.core.descriptor.ValidDescriptor;
import dev.aibom.core.hub.HubResolver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import dev.aibom.control.BomView;
import dev.aibom.control.BomItem;
import dev.aibom.core.control.rules.system.AiComponentsPresent;
import dev.aibom.core.hash.HashCache;

/**
 * The "generate" use case: read and validate the descriptor, hash, build, validate the BOM, and write it. Any error
 * leaves existing output untouched and writes nothing new.
 */
public final class GenerateJob {
    private GenerateJob() {
    }

    /**
     * @param descriptor the descriptor file
     * @param baseDir    project base folder that every path in the descriptor must stay inside
     * @param jsonOut    where the JSON BOM goes
     * @param xmlOut     where the XML BOM goes, if wanted
     * @param properties values for {@code ${name}} in the descriptor's values, when it is interpolated
     */
    public record Request(Path descriptor, Path baseDir, Path jsonOut, Optional<Path> xmlOut, BomOptions options,
                          Optional<Map<String, String>> properties) {
        public Request(Path descriptor, Path baseDir, Path jsonOut, Optional<Path> xmlOut, BomOptions options) {
            this(descriptor, baseDir, jsonOut, xmlOut, options, Optional.empty());
        }

        public Request {
            Objects.requireNonNull(properties, "properties");
            Objects.requireNonNull(descriptor, "descriptor");
            Objects.requireNonNull(baseDir, "baseDir");
            Objects.requireNonNull(jsonOut, "jsonOut");
            Objects.requireNonNull(xmlOut, "xmlOut");
            Objects.requireNonNull(options, "options");
            if (xmlOut.isPresent() && !options.xml()) {
                options = options.withXml(true);
            }
        }
    }

    /** What was written. */
    public record Result(Path json, Optional<Path> xml, GeneratedBom bom) {
        public String serialNumber() {
            return bom.serialNumber();
        }

        public int components() {
            return bom.components();
        }

        public int services() {
            return bom.tree().path("services").size();
        }
    }

    public static Result run(Request request) throws AibomException, IOException {
        return run(request, Log.NONE);
    }

    /** Generates and writes the BOM; logs {@code wrote ...} for each file. */
    public static Result run(Request request, Log log) throws AibomException, IOException {
        ValidDescriptor descriptor = DescriptorLoader.load(request.descriptor(), request.baseDir(),
                request.properties());
        HubResolver.Resolved hub = HubResolver.resolve(descriptor, request.options().hub(), log);
        java.util.Optional<HashCache> cache = request.options().hashCache()
                .map(HashCache::in);
        cache.ifPresent(c -> c.problem().ifPresent(problem -> log.warn("hash cache " + c.folder() + ": the cache"
                + " file is ignored and rewritten, as " + problem + "; every file is hashed again")));
        GeneratedBom bom = BomGenerator.generate(descriptor, request.options(), hub, cache);
        cache.ifPresent(c -> log.info("hash cache " + c.folder() + ": " + c.hits() + " file" + (c.hits() == 1 ? ""
                : "s") + " unchanged since hashed (same path, size, modification time and file key), not read"
                + " again"));
        if (request.xmlOut().isPresent()) {
            BomWriter.writeXml(bom, request.xmlOut().get());
        }
        BomWriter.writeJson(bom, request.jsonOut());
        Result result = new Result(request.jsonOut(), request.xmlOut(), bom);
        BomView view = new BomView(bom.tree());
        for (BomItem model : view.items(BomView.MODEL)) {
            Optional<String> status = model.property(AibomProperties.MODEL_SIGNATURE);
            if (status.isEmpty()) {
                continue;
            }
            String line = "model signature: " + model.label() + ": " + model.property(
                    AibomProperties.MODEL_SIGNATURE_FILE).orElse("") + " " + attestation(model).orElse(status.get());
            switch (ModelSignatureResult.Status.of(status.get()).orElse(ModelSignatureResult.Status.MALFORMED)) {
                case VERIFIED -> log.info(line);
                case UNTRUSTED, UNSUPPORTED -> log.warn(line);
                default -> log.error(line);
            }
        }
        log.info("wrote " + request.jsonOut() + " (CycloneDX " + request.options().specVersion().text() + ", "
                + AiComponentsPresent.contents(
                view.items(BomView.MODEL).size(),
                view.items(BomView.DATASET).size(), result.services())
                + ", serialNumber " + result.serialNumber() + ")");
        request.xmlOut().ifPresent(xml -> log.info("wrote " + xml));
        return result;
    }

    /** What the model signature check said, as the model's attestation reference records it. */
    private static Optional<String> attestation(BomItem model) {
        for (com.fasterxml.jackson.databind.JsonNode reference : model.node().path("externalReferences")) {
            String comment = reference.path("comment").asText("");
            String prefix = "OpenSSF Model Signing signature (Sigstore bundle): ";
            if ("attestation".equals(reference.path("type").asText()) && comment.startsWith(prefix)) {
                return Optional.of(comment.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }
}
