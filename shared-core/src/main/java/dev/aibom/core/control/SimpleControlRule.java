package dev.aibom.core.control;

import dev.aibom.control.ControlRule;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.NoParameters;
/**
 * A control without parameters: besides what it evaluates, its metadata is all it declares.
 */
public abstract class SimpleControlRule extends BuiltInRule<NoParameters> {
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
