package dev.aibom.core.bom;

import dev.aibom.core.AibomException;
import dev.aibom.core.descriptor.DescriptorLoader;
import dev.aibom.core.descriptor.ValidDescriptor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole "generate" job the plugins run: read and validate the descriptor, hash, build, validate the BOM, and
 * write it. Any error leaves existing output untouched and writes nothing new.
 */
public final class BomGeneration {
    private BomGeneration() {
    }

    /**
     * @param descriptor the descriptor file
     * @param baseDir    project base folder that every path in the descriptor must stay inside
     * @param jsonOut    where the JSON BOM goes
     * @param xmlOut     where the XML BOM goes, if wanted
     * @param properties values for {@code ${name}} in the descriptor, when it is interpolated
     */
    public record Request(Path descriptor, Path baseDir, Path jsonOut, Optional<Path> xmlOut, BomOptions options,
                          Optional<java.util.Map<String, String>> properties) {
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

    public static GeneratedBom run(Request request) throws AibomException, IOException {
        dev.aibom.core.Warmup.startInBackground();
        ValidDescriptor descriptor = DescriptorLoader.load(request.descriptor(), request.baseDir(),
                request.properties());
        GeneratedBom bom = BomGenerator.generate(descriptor, request.options());
        if (request.xmlOut().isPresent()) {
            BomWriter.writeXml(bom, request.xmlOut().get());
        }
        BomWriter.writeJson(bom, request.jsonOut());
        return bom;
    }
}
