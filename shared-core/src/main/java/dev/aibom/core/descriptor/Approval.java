package dev.aibom.core.descriptor;

/** A recorded release decision (ISO/IEC 42001 A.6.2.5); {@code date} is an ISO-8601 calendar date. */
public record Approval(String by, String role, String date) {
}
