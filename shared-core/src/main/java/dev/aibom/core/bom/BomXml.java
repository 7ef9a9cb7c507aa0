package dev.aibom.core.bom;

import dev.aibom.core.AibomException;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The XML form of a JSON BOM aibom wrote (after a later step changed the JSON), validated like generate's. */
public final class BomXml {
    private BomXml() {
    }

    /**
     * @param target where the XML goes, for messages
     * @throws AibomException when cyclonedx-core-java cannot write it or it does not validate against the XSD
     */
    public static byte[] fromJson(byte[] json, Path target) throws AibomException {
        try {
            Bom bom = new JsonParser().parse(json);
            byte[] xml = XmlBoms.repair(BomGeneratorFactory.createXml(BomGenerator.SPEC_VERSION, bom).toXmlString()
                    .getBytes(StandardCharsets.UTF_8));
            List<String> errors = XmlBoms.validate(xml);
            if (!errors.isEmpty()) {
                throw new AibomException("The XML form " + target + " does not validate against the CycloneDX 1.6"
                        + " XSD, so it was not written. Please report this as an aibom bug. Schema errors:\n  - "
                        + String.join("\n  - ", errors));
            }
            return xml;
        } catch (ParseException | GeneratorException e) {
            throw new AibomException("cyclonedx-core-java could not write the XML form " + target + ": "
                    + e.getMessage(), e);
        }
    }
}
