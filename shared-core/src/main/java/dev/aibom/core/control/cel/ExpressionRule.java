package dev.aibom.core.control.cel;

import java.util.Optional;
import dev.aibom.control.Slicing;

import dev.aibom.control.BomView;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.BuiltInRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

import java.util.List;
import java.util.Map;

/**
 * A control a policy defines as a CEL expression: true when the component (or the system) passes. Compiled when the
 * policy is loaded; evaluated per component with a step budget, so that a pathological expression cannot hang a
 * build. An expression that cannot be evaluated for a component is an error finding for it, never a pass.
 */
final class ExpressionRule extends BuiltInRule<NoParameters> {
    /** Evaluation steps one component may take. */
    static final int STEP_BUDGET = 50_000;

    private final ControlMetadata metadata;
    private final String appliesTo;
    private final String expression;
    private final CelRuntime.Program program;
    private final String message;

    ExpressionRule(ControlMetadata metadata, String appliesTo, String expression, CelRuntime.Program program,
                   String message) {
        this.metadata = metadata;
        this.appliesTo = appliesTo;
        this.expression = expression;
        this.program = program;
        this.message = message;
    }

    @Override
    public ControlMetadata metadata() {
        return metadata;
    }

    @Override
    public NoParameters defaultParameters() {
        return NoParameters.INSTANCE;
    }

    String expression() {
        return expression;
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return sliced(this::begin);
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        whole(this::begin, context, parameters, findings);
    }

    /** An expression about the system is judged with the document; one about components, in each slice. */
    private Slicing.Judgement begin(EvaluationContext context, NoParameters parameters, Findings first) {
        Map<String, Object> system = CelEnvironment.system(context.bom().system());
        if (appliesTo.equals(BomView.SYSTEM)) {
            judge(context.bom().system(), Map.of(CelEnvironment.SYSTEM, system), first);
            return Slicing.Judgement.NONE;
        }
        return (slice, findings) -> {
            for (BomItem item : slice.bom().items(appliesTo)) {
                Map<String, Object> variables = Map.of(CelEnvironment.SYSTEM, system,
                        CelEnvironment.COMPONENT, CelEnvironment.component(item));
                judge(item, variables, findings);
            }
        };
    }

    private void judge(BomItem item, Map<String, Object> variables, Findings findings) {
        Object result;
        try {
            int[] steps = {0};
            result = program.trace(variables, (expr, value) -> {
                if (++steps[0] > STEP_BUDGET) {
                    throw new BudgetExceeded();
                }
            });
        } catch (BudgetExceeded e) {
            findings.error(item, "could not evaluate the expression for " + item.label() + ": it took more than "
                    + STEP_BUDGET + " evaluation steps");
            return;
        } catch (CelEvaluationException e) {
            findings.error(item, "could not evaluate the expression for " + item.label() + ": "
                    + (e.getCause() instanceof BudgetExceeded ? "it took more than " + STEP_BUDGET
                    + " evaluation steps" : e.getMessage()));
            return;
        } catch (RuntimeException e) {
            findings.error(item, "could not evaluate the expression for " + item.label() + ": " + e);
            return;
        }
        if (!(result instanceof Boolean passed)) {
            findings.error(item, "could not evaluate the expression for " + item.label() + ": it gave " + result
                    + " instead of true or false");
            return;
        }
        findings.check(item, passed, item.label() + ": " + metadata.title(), message(item), item.pointer());
    }

    private String message(BomItem item) {
        return message.replace("{name}", item.name()).replace("{kind}", item.kind()).replace("{type}", item.type())
                .replace("{version}", item.version()).replace("{ref}", item.ref())
                .replace("{supplier}", item.supplierName()).replace("{id}", metadata.id());
    }

    /** Thrown by the step counter; never escapes. */
    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("evaluation step budget exceeded", null, false, false);
        }
    }
}
