package dev.aibom.core.dt;

import java.io.Serializable;
import java.util.Objects;

/**
 * One policy violation Dependency-Track reports for the project.
 *
 * @param state     the violated policy's state
 * @param policy    the policy's name
 * @param type      LICENSE, SECURITY or OPERATIONAL
 * @param component the component, as {@code group/name@version} (whatever of it is known)
 * @param condition the condition, as {@code SUBJECT OPERATOR value}
 */
public record Violation(ViolationState state, String policy, String type, String component, String condition)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public Violation {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(condition, "condition");
    }

    /** {@code FAIL policy 'No unapproved models' (OPERATIONAL) on credit-scorer@2.1.0: COORDINATES MATCHES ...}. */
    public String line() {
        return state + " policy '" + policy + "' (" + type + ") on " + component
                + (condition.isEmpty() ? "" : ": " + condition);
    }
}
