package dev.aibom.core.descriptor;

/** A person or mailbox to reach at a supplier or data owner. */
public record Contact(String name, String email, String phone) {
}
