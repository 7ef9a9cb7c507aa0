package dev.aibom.core;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test (or every test of a class) that reads the third-party conformance corpus ({@link TestFiles#conformance()}).
 * Without the corpus it is skipped with one line saying what was skipped and where the corpus comes from - unless
 * {@code -Daibom.conformance.required=true} (what {@code .ci/run} sets), which makes an absent corpus a failure.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ConformanceCondition.class)
public @interface NeedsConformance {
}
