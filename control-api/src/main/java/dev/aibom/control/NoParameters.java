package dev.aibom.control;

/** The parameters of a control that has none. */
public record NoParameters() {
    public static final NoParameters INSTANCE = new NoParameters();
}
