package dev.aibom.core.descriptor;

/** {@code modelCard.considerations.fairnessAssessments}. */
public record FairnessAssessment(String groupAtRisk, String benefits, String harms, String mitigation) {
}
