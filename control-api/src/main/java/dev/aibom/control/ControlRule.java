package dev.aibom.control;

/**
 * One control: an automated check of one requirement, mapped to the ISO/IEC 42001 Annex A controls it evidences.
 * A rule is the unit of the catalogue: its metadata and its typed parameters live on it, and the
 * registry finds it - the built-in rules and any rule a jar on the class path declares in
 * {@code META-INF/services/dev.aibom.control.ControlRule} (see {@code examples/custom-control}).
 *
 * <p>Implementations are stateless and thread-safe: everything they need comes from the context and the parameters.
 * They report results - pass, fail, not applicable, error - and never decide the build; the policy's severities and
 * {@code failOn} do.
 *
 * @param <P> the parameter type: a record whose components are the parameters a policy may set (documented with
 *            {@link ParameterDoc}), whose compact constructor checks their values, and whose
 *            {@link #defaultParameters() default instance} holds the defaults; {@link NoParameters} when there are none
 */
public interface ControlRule<P extends Record> {
    /** Id, title, family, Annex A references, default severity, what may be changed, description. */
    ControlMetadata metadata();

    /** The parameters when the policy sets none. Its class is the parameter type. */
    P defaultParameters();

    /**
     * Evaluates the control on the BOM of {@code context}, adding one finding per component it applies to (or one for
     * the BOM as a whole). A runtime exception is reported as an error finding ("could not be evaluated"), never as a
     * pass.
     */
    void evaluate(ControlContext context, P parameters, Findings findings);

    /**
     * How this rule judges a BOM slice by slice ({@link Slicing}), or empty (the default) when it needs the whole BOM
     * at once; the engine then gives it the whole BOM, which for a large BOM means holding it in memory.
     */
    default java.util.Optional<Slicing<P>> slicing() {
        return java.util.Optional.empty();
    }

    /** The parameter type. */
    @SuppressWarnings("unchecked")
    default Class<P> parameterType() {
        return (Class<P>) defaultParameters().getClass();
    }
}
