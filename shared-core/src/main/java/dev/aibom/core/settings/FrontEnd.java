package dev.aibom.core.settings;

/** The three ways aibom is run; each spells an option its own way ({@link OptionSpec#spelling}). */
public enum FrontEnd {
    /** {@code aibom check --fail-on warning} */
    COMMAND_LINE,
    /** {@code <failOn>warning</failOn>} or {@code -Daibom.failOn=warning} */
    MAVEN,
    /** {@code aibom(failOn: 'warning')} and the freestyle form's field */
    JENKINS
}
