package dev.aibom.cli;

/** The exit codes every command uses (documented in {@code aibom --help} and the README). */
final class ExitCodes {
    /** Done, and the verdict (if any) is positive. */
    static final int OK = 0;
    /** Invalid input, a missing or unreadable file, or a check that could not be made: the message says what. */
    static final int INVALID_INPUT = 1;
    /** Wrong usage: an unknown or misspelt option, a missing required one, a bad value. */
    static final int USAGE = 2;
    /** The verdict is negative: violations reach failOn, a signature or file does not verify, a forbidden change. */
    static final int NEGATIVE = 3;

    private ExitCodes() {
    }
}
