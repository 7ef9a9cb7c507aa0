package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.settings.OptionSpec;
import dev.aibom.core.settings.SettingValues;
import dev.aibom.core.sign.JsfAlgorithm;
import dev.aibom.core.sign.SignOptions;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a BOM is signed, as every front end offers it ({@code aibom sign}, {@code aibom:sign}, and the Jenkins step
 * {@code aibom} with {@code sign: true}): declared once here ({@link #OPTIONS}), parsed once here ({@link #of}). The key
 * and its passphrase are not here: each front end finds them its own way (a file, a keystore, a {@code settings.xml}
 * server, a Jenkins credential).
 *
 * @param algorithm the JSF algorithm; null: the usual one for the key
 * @param signers   sign in the JSF signers form, so that others can countersign later
 */
public record SigningSettings(JsfAlgorithm algorithm, boolean signers) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The algorithms aibom signs with, as the options' help and errors list them. */
    private static final String SIGNABLE = Arrays.stream(JsfAlgorithm.values()).filter(JsfAlgorithm::canSign)
            .map(JsfAlgorithm::jsfName).collect(Collectors.joining(", "));

    public static final OptionSpec ALGORITHM = OptionSpec.value("algorithm", "ALG", "Signature algorithm",
            "The JSF signature algorithm: one of " + SIGNABLE + ", matching the key. Not set: the usual one for the"
                    + " key (ES256 for P-256, ES384 for P-384, ES512 for P-521, RS256 for RSA, Ed25519).");
    public static final OptionSpec SIGNERS = OptionSpec.flag("signers", "Sign so that others can countersign",
            "Add the signature to the BOM's `signers` (JSF multiple signatures) instead of replacing its `signature`,"
                    + " so that others (procurement, an assessor) can countersign the same BOM later.");

    /** Every option, in the order the front ends show them. */
    public static final List<OptionSpec> OPTIONS = List.of(ALGORITHM, SIGNERS);

    /** Nothing set: the key's usual algorithm, a single signature. */
    public static final SigningSettings DEFAULTS = new SigningSettings(null, false);

    public SigningSettings {
        if (algorithm != null && !algorithm.canSign()) {
            throw new IllegalArgumentException("aibom does not sign with " + algorithm.jsfName());
        }
    }

    /** The settings the user wrote in one front end; a bad value is an error naming the option as it spelt it. */
    public static SigningSettings of(SettingValues values) throws AibomException {
        return new SigningSettings(values.get(ALGORITHM, SigningSettings::algorithm).orElse(null),
                values.flag(SIGNERS));
    }

    /** What the signer is told. */
    public SignOptions options() {
        SignOptions options = SignOptions.defaults().withMultipleSigners(signers);
        return algorithm == null ? options : options.withAlgorithm(algorithm);
    }

    public Optional<JsfAlgorithm> chosenAlgorithm() {
        return Optional.ofNullable(algorithm);
    }

    private static JsfAlgorithm algorithm(String name) {
        return JsfAlgorithm.fromJsfName(name).filter(JsfAlgorithm::canSign).orElseThrow(() ->
                new IllegalArgumentException("'" + name + "' is not one of " + SIGNABLE));
    }
}
