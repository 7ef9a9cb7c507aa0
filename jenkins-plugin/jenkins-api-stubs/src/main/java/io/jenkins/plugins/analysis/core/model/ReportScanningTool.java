// Compile-time stub: declares the members aibom uses with the signatures of warnings-ng 12.9996.va_151fb_d6d757.
// Never packaged.
package io.jenkins.plugins.analysis.core.model;

public abstract class ReportScanningTool extends Tool {
    private String pattern = "";

    public void setPattern(final String pattern) {
        this.pattern = pattern;
    }

    public String getPattern() {
        return pattern;
    }
}
