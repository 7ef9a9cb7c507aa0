package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.SignJob;
import dev.aibom.core.sign.JsfAlgorithm;
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
final class SignCommand extends JobCommand {
    @Parameters(paramLabel = "BOM", description = "the BOM to sign (JSON)")
    Path bom;

    @ArgGroup(exclusive = false, multiplicity = "1")
    KeyOptions key;

    @Option(names = "--output", paramLabel = "FILE", description = "where the signed BOM goes; default: BOM itself")
    Path output;

    @Option(names = "--algorithm", paramLabel = "ALG",
            description = "ES256, ES384, ES512, RS256, RS384, RS512, PS256, PS384, PS512 or Ed25519; default: the"
                    + " usual one for the key (ES256 for P-256)")
    String algorithm;

    @Option(names = "--signers",
            description = "add this signature to the BOM's signers (JSF multiple signatures) instead of replacing"
                    + " its signature")
    boolean signers;

    @Override
    public Integer call() throws AibomException, IOException {
        SignOptions options = SignOptions.defaults().withMultipleSigners(signers);
        if (algorithm != null) {
            options = options.withAlgorithm(JsfAlgorithm.fromJsfName(algorithm).orElseThrow(() -> usage(
                    "--algorithm: '" + algorithm + "' is not one of ES256, ES384, ES512, RS256, RS384, RS512, PS256,"
                            + " PS384, PS512, Ed25519.")));
        }
        if (output == null) {
            log(Format.text).info("output: " + bom + " (the BOM itself: no --output)");
        }
        SignJob.run(new SignJob.Request(bom, output != null ? output : bom, key.spec(), options,
                "--key or --keystore", context().environment(), limits()), log(Format.text));
        return ExitCodes.OK;
    }
}
