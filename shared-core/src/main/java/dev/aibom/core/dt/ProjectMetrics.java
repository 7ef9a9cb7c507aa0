package dev.aibom.core.dt;

import java.io.Serializable;

/** The project's current metrics in Dependency-Track (as of its last metrics update). */
public record ProjectMetrics(int components, int vulnerabilities, int critical, int high, int medium, int low,
                             int policyViolationsFail, int policyViolationsWarn, int policyViolationsInfo,
                             double inheritedRiskScore) implements Serializable {
    private static final long serialVersionUID = 1L;

    public String line() {
        return components + " components, " + vulnerabilities + " vulnerabilities (" + critical + " critical, " + high
                + " high, " + medium + " medium, " + low + " low), inherited risk score "
                + (inheritedRiskScore == Math.rint(inheritedRiskScore) ? String.valueOf((long) inheritedRiskScore)
                : String.valueOf(inheritedRiskScore));
    }
}
