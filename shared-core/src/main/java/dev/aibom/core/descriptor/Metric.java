package dev.aibom.core.descriptor;

/** A measured performance metric: written to {@code modelCard.quantitativeAnalysis.performanceMetrics}. */
public record Metric(String type, String value, String slice) {
}
