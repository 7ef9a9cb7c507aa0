// Compile-time stub: declares the members aibom uses with the signatures of warnings-ng 12.9996.va_151fb_d6d757.
// Never packaged.
package io.jenkins.plugins.analysis.warnings;

import io.jenkins.plugins.analysis.core.model.AnalysisModelParser;

public class Sarif extends AnalysisModelParser {
    private static final long serialVersionUID = 4682615727923018497L;

    public Sarif() {
        super();
    }
}
