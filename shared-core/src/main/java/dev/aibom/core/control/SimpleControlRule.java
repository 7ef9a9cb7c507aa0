package dev.aibom.core.control;

/**
 * A control without parameters: besides what it evaluates, its metadata is all it declares.
 */
public abstract class SimpleControlRule implements ControlRule<NoParameters> {
    private final ControlMetadata metadata;

    protected SimpleControlRule(ControlMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public final ControlMetadata metadata() {
        return metadata;
    }

    @Override
    public final NoParameters defaultParameters() {
        return NoParameters.INSTANCE;
    }
}
