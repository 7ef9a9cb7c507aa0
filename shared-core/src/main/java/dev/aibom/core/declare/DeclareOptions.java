package dev.aibom.core.declare;

import java.util.Objects;
import dev.aibom.core.Text;

/**
 * Who declares: the assessing organisation (first party: the one running the build) and the person who affirms the
 * attestation, from configuration. Nothing here is guessed: a declaration names real people.
 *
 * @param assessor      the organisation; when blank, the BOM's {@code internal} supplier (the descriptor's own
 *                      organisation) is used
 * @param signatoryName who affirms the attestation
 * @param signatoryRole in which role
 * @param statement     the affirmation; when blank, aibom's standard statement
 */
public record DeclareOptions(String assessor, String signatoryName, String signatoryRole, String statement)
        implements java.io.Serializable {
    public DeclareOptions {
        assessor = assessor == null ? "" : assessor.trim();
        Objects.requireNonNull(signatoryName, "signatoryName");
        Objects.requireNonNull(signatoryRole, "signatoryRole");
        if (Text.blank(signatoryName) || Text.blank(signatoryRole)) {
            throw new IllegalArgumentException("a declaration needs the signatory's name and role");
        }
        signatoryName = signatoryName.trim();
        signatoryRole = signatoryRole.trim();
        statement = statement == null ? "" : statement.trim();
    }
}
