package dev.aibom.control;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a control parameter means, in the words a policy author reads: in {@code docs/controls.md} and in the error
 * for a value of the wrong type ("write {@code <this>} as a whole number").
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ParameterDoc {
    String value();
}
