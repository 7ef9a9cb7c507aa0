package dev.aibom.core.descriptor;

/** A risk the model poses and how it is mitigated: {@code modelCard.considerations.ethicalConsiderations}. */
public record EthicalConsideration(String name, String mitigation) {
}
