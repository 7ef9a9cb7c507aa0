package dev.aibom.core.modelsig;

import dev.aibom.core.Text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking a model folder's {@code model.sig} (OpenSSF Model Signing) found.
 *
 * @param status   the verdict
 * @param signer   who signed, when the signature verified: the key's fingerprint ({@code sha256:...}) or the
 *                 certificate's subject
 * @param method   the serialization the signature describes ({@code files}, {@code shards}, ...), when it could be read
 * @param files    files the signature lists
 * @param problems what is wrong, one line each (a changed, missing or extra file; why the signature does not count)
 */
public record ModelSignatureResult(Status status, Optional<String> signer, Optional<String> method, int files,
                                   List<String> problems) {
    /** From best to worst; only {@link #VERIFIED} passes. */
    public enum Status {
        /** Signed by a trusted key or certificate, and every file on disk is the one signed, none missing or extra. */
        VERIFIED("verified"),
        /** The signature is valid, but neither its key nor its certificate is trusted. */
        UNTRUSTED("untrusted"),
        /** The signature is valid and trusted, but files differ from what was signed. */
        FILES_DIFFER("files-differ"),
        /** The signature does not verify: the statement was changed, or it was made with another key. */
        INVALID("invalid"),
        /** A variant of the format aibom does not verify (named in the problems). */
        UNSUPPORTED("unsupported"),
        /** Not a Sigstore bundle aibom can read. */
        MALFORMED("malformed");

        private final String value;

        Status(String value) {
            this.value = value;
        }

        /** The word in the BOM's {@code aibom:modelSignature} property. */
        public String value() {
            return value;
        }

        public static Optional<Status> of(String value) {
            for (Status status : values()) {
                if (status.value.equals(value)) {
                    return Optional.of(status);
                }
            }
            return Optional.empty();
        }
    }

    public ModelSignatureResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(method, "method");
        problems = List.copyOf(problems);
        if (files < 0) {
            throw new IllegalArgumentException("files < 0");
        }
        if (status == Status.VERIFIED && (!problems.isEmpty() || signer.isEmpty())) {
            throw new IllegalArgumentException("a verified model signature has a signer and no problems");
        }
    }

    public boolean verified() {
        return status == Status.VERIFIED;
    }

    /**
     * One line: {@code verified: 3 files signed by key sha256:ab12...} or the problems. Printable: a certificate's
     * subject or a file name is the signer's text, and must not break the line or forge another.
     */
    public String line() {
        return Text.printable(switch (status) {
            case VERIFIED -> "verified: " + files + (files == 1 ? " file" : " files") + " signed by " + signer.get();
            default -> status.value() + ": " + (problems.isEmpty() ? "" : String.join("; ", problems));
        });
    }

    static ModelSignatureResult failed(Status status, String problem) {
        return new ModelSignatureResult(status, Optional.empty(), Optional.empty(), 0, List.of(problem));
    }
}
