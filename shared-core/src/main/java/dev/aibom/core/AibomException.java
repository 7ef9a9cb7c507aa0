package dev.aibom.core;

/**
 * Base of every error aibom reports for input it cannot use: a descriptor, BOM, key or policy that is missing,
 * unreadable or invalid. Adapters turn it into a "misconfigured" build outcome, distinct from a control violation.
 */
public class AibomException extends Exception {
    private static final long serialVersionUID = 1L;

    public AibomException(String message) {
        super(message);
    }

    public AibomException(String message, Throwable cause) {
        super(message, cause);
    }
}
