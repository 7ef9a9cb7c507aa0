package dev.aibom.core.descriptor;

/**
 * The AI system as a whole: becomes {@code metadata.component} of the BOM.
 *
 * @param impactAssessment path (relative to the descriptor) or URL of the AI system impact assessment
 * @param humanOversight   how humans oversee the system's decisions (required for high risk by the controls)
 */
public record SystemInfo(
        String name,
        String version,
        String description,
        String owner,
        String intendedUse,
        RiskLevel riskLevel,
        String humanOversight,
        String impactAssessment) {
}
