package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.declare.DeclareOptions;
import dev.aibom.core.settings.OptionException;
import dev.aibom.core.settings.OptionSpec;
import dev.aibom.core.settings.SettingValues;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Who declares, as every front end offers it ({@code aibom declare}, {@code aibom:declare}, and the Jenkins step
 * {@code aibom} with {@code declare: true}): declared once here ({@link #OPTIONS}), parsed once here ({@link #of}).
 * Nothing is guessed: a declaration names a real person and their role.
 *
 * @param signatory     who affirms the attestation
 * @param signatoryRole in which role
 * @param assessor      the declaring organisation; blank: the BOM's {@code internal} supplier
 * @param affirmation   the affirmation's statement; blank: aibom's statement that the attestation is what it found
 */
public record DeclaringSettings(String signatory, String signatoryRole, String assessor, String affirmation)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final OptionSpec SIGNATORY = OptionSpec.value("signatory", "NAME", "Signatory",
            "The person who affirms the attestation. Required: a declaration names a real person.");
    public static final OptionSpec SIGNATORY_ROLE = OptionSpec.value("signatoryRole", "ROLE", "Signatory's role",
            "The signatory's role, such as Head of Model Risk. Required.").commandLineName("--role");
    public static final OptionSpec ASSESSOR = OptionSpec.value("assessor", "ORGANISATION", "Assessor (organisation)",
            "The organisation that declares. Not set: the BOM's supplier (`metadata.supplier`, the descriptor's"
                    + " `internal` supplier).");
    public static final OptionSpec AFFIRMATION = OptionSpec.value("affirmation", "TEXT", "Affirmation",
            "The affirmation's statement. Not set: aibom's statement that the attestation is what aibom found.")
            .commandLineName("--statement");

    /** Every option, in the order the front ends show them. */
    public static final List<OptionSpec> OPTIONS = List.of(SIGNATORY, SIGNATORY_ROLE, ASSESSOR, AFFIRMATION);

    public DeclaringSettings {
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(signatoryRole, "signatoryRole");
        assessor = assessor == null ? "" : assessor;
        affirmation = affirmation == null ? "" : affirmation;
    }

    /** The settings the user wrote in one front end; a missing signatory or role is an error naming it. */
    public static DeclaringSettings of(SettingValues values) throws AibomException {
        String signatory = values.get(SIGNATORY, text -> text).orElse(null);
        String role = values.get(SIGNATORY_ROLE, text -> text).orElse(null);
        String assessor = values.get(ASSESSOR, text -> text).orElse("");
        String affirmation = values.get(AFFIRMATION, text -> text).orElse("");
        if (signatory == null || role == null) {
            throw new OptionException(signatory == null ? SIGNATORY : SIGNATORY_ROLE, values.frontEnd(),
                    "not set: a declaration names the person who affirms it and their role");
        }
        return new DeclaringSettings(signatory, role, assessor, affirmation);
    }

    /**
     * Where declaring is a switch of a larger job (the Jenkins step's {@code declare}): the settings when it is on;
     * null when it is off, and then setting any of the options is an error (they would be silently ignored).
     */
    public static DeclaringSettings ifDeclaring(boolean declare, SettingValues values) throws AibomException {
        if (declare) {
            return of(values);
        }
        for (OptionSpec option : OPTIONS) {
            if (values.get(option, text -> text).isPresent()) {
                throw new OptionException(option, values.frontEnd(), "set, but declare is false: set declare to true"
                        + " to write the declarations, or remove it");
            }
        }
        return null;
    }

    /** What the declaration job is told. */
    public DeclareOptions options() {
        return new DeclareOptions(assessor, signatory, signatoryRole, affirmation);
    }
}
