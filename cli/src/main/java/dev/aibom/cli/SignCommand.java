package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.OptionCatalogue;
import dev.aibom.core.job.SignJob;
import dev.aibom.core.job.SigningSettings;
import dev.aibom.core.sign.SignOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;

@Command(name = "sign", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Sign a BOM the way CycloneDX specifies: an enveloped JSF signature over the RFC 8785 canonical"
                + " JSON. The BOM is read strictly first; the signed BOM is validated and written atomically.")
final class SignCommand extends JobCommand implements SettingsOptions.Offering {
    /** How to sign: --algorithm and --signers, as every front end offers them. */
    @Override
    public OptionCatalogue.Group settings() {
        return OptionCatalogue.SIGNING;
    }

    @Parameters(paramLabel = "BOM", description = "the BOM to sign (JSON)")
    Path bom;

    @ArgGroup(exclusive = false, multiplicity = "1")
    KeyOptions key;

    @Option(names = "--output", paramLabel = "FILE", description = "where the signed BOM goes; default: BOM itself")
    Path output;

    @Override
    public Integer call() throws AibomException, IOException {
        SignOptions options = SettingsOptions.read(this, OptionCatalogue.SIGNING, SigningSettings::of).options();
        if (output == null) {
            log(Format.text).info("output: " + bom + " (the BOM itself: no --output)");
        }
        SignJob.run(new SignJob.Request(bom, output != null ? output : bom, key.spec(), options,
                "--key or --keystore", context().environment(), limits()), log(Format.text));
        return ExitCodes.OK;
    }
}
