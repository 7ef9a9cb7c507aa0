package dev.aibom.core;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Skips {@link NeedsConformance} tests when the corpus is absent and not required; says so once per class. */
public final class ConformanceCondition implements ExecutionCondition {
    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestFiles.conformancePresent() || TestFiles.conformanceRequired()) {
            // when required and absent, the test runs and fails on TestFiles.conformance(), saying where it looked
            return ConditionEvaluationResult.enabled("the conformance corpus is at " + TestFiles.conformanceLocation());
        }
        String reason = "the third-party conformance corpus is not at " + TestFiles.conformanceLocation()
                + " (set -D" + TestFiles.CONFORMANCE_PROPERTY + "=DIR; it is the data described in"
                + " ../shared/conformance/README.md, each folder's SOURCE.txt names its repository and commit)";
        String owner = context.getRequiredTestClass().getName();
        if (ANNOUNCED.add(owner)) {
            System.err.println("[aibom] skipping the conformance tests of " + owner + ": " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
