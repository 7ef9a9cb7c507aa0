package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.bom.SignatureForm;
import dev.aibom.control.BomView;
import dev.aibom.core.control.rules.system.AiComponentsPresent;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The "validate" use case: read anyone's BOM strictly (schema, duplicate keys and bom-refs, limits) and say what it
 * is. Invalid input throws, listing every problem with its line and JSON pointer.
 */
public final class ValidateJob {
    private ValidateJob() {
    }

    /**
     * @param components every component, nested ones included
     */
    public record Result(Path bom, String specVersion, String serialNumber, int components, int models, int datasets,
                         int services, SignatureForm signature) {
    }

    /** @param limits the largest BOM read (the front end's maxBomSize) */
    public static Result run(Path bom, ReadLimits limits, Log log) throws AibomException {
        LoadedBom loaded = new BomReader(limits).read(bom);
        BomView view = new BomView(loaded.tree());
        Result result = new Result(bom, loaded.specVersion().text(), view.serialNumber(),
                count(loaded.tree().path("components")), view.items(BomView.MODEL).size(),
                view.items(BomView.DATASET).size(), view.items(BomView.SERVICE).size(), loaded.signatureForm());
        log.info(bom + " is a valid CycloneDX " + result.specVersion() + " BOM (" + result.components()
                + " components; " + AiComponentsPresent.contents(result.models(), result.datasets(),
                result.services()) + "; signature: " + result.signature().name().toLowerCase(Locale.ROOT) + ")");
        return result;
    }

    private static int count(com.fasterxml.jackson.databind.JsonNode components) {
        int count = 0;
        for (com.fasterxml.jackson.databind.JsonNode component : components) {
            count += 1 + count(component.path("components"));
        }
        return count;
    }
}
