package dev.aibom.core.descriptor;

/** A data owner, custodian or steward: either an organisation or a person (name and e-mail). */
public record Party(String organization, String name, String email) {
}
