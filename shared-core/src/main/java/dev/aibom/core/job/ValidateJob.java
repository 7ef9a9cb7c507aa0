package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.SignatureForm;
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

    /**
     * Reads the BOM in one pass without keeping it ({@link BomReader#validate}): memory does not grow with its number
     * of components.
     *
     * @param limits the largest BOM read (the front end's maxBomSize)
     */
    public static Result run(Path bom, ReadLimits limits, Log log) throws AibomException {
        BomReader.Summary summary = new BomReader(limits).validate(bom);
        Result result = new Result(bom, summary.specVersion().text(), summary.serialNumber(), summary.components(),
                summary.models(), summary.datasets(), summary.services(), summary.signature());
        log.info(bom + " is a valid CycloneDX " + result.specVersion() + " BOM (" + result.components()
                + " components; " + AiComponentsPresent.contents(result.models(), result.datasets(),
                result.services()) + "; signature: " + result.signature().name().toLowerCase(Locale.ROOT) + ")");
        return result;
    }
}
