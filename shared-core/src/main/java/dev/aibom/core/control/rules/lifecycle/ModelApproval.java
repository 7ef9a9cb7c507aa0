package dev.aibom.core.control.rules.lifecycle;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomView;
import dev.aibom.control.BomPointers;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.BuiltInRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.ParameterDoc;
import dev.aibom.control.Severity;
import dev.aibom.control.ModelFacts.Approval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The model's release was approved by a named person in a role, recently enough. */
@AutoService(ControlRule.class)
public final class ModelApproval extends BuiltInRule<ModelApproval.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("model-approval",
            "The model's release approval is recorded and recent", Family.LIFECYCLE, Severity.ERROR,
            "An approval by a named person in a role, not older than maxAgeDays; if roles are listed, by one of"
                    + " them.", "A.6.2.5")
            .withRemedy("Record the release approval: who approved the model, in which role and when (approvals).");

    /**
     * @param maxAgeDays how old an approval may be, in days
     * @param roles      the roles that may approve; any when empty
     */
    public record Parameters(@ParameterDoc("how old an approval may be") int maxAgeDays,
                             @ParameterDoc("roles that may approve (any when empty)") List<String> roles) {
        public Parameters {
            if (maxAgeDays < 0) {
                throw new IllegalArgumentException("maxAgeDays must not be negative, but is " + maxAgeDays);
            }
            roles = List.copyOf(roles);
        }
    }

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(365, List.of());
    }

    @Override
    public Optional<Slicing<ModelApproval.Parameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        long maxAge = parameters.maxAgeDays();
        List<String> roles = parameters.roles();
        for (BomItem model : context.bom().items(BomView.MODEL)) {
            List<String> problems = new ArrayList<>();
            boolean approved = false;
            for (Approval approval : model.model().approvals()) {
                try {
                    LocalDate date = LocalDate.parse(approval.date());
                    if (!roles.isEmpty() && roles.stream().noneMatch(r -> r.equalsIgnoreCase(approval.role()))) {
                        problems.add("approval by " + approval.by() + " (" + approval.role() + ") is not by one of the"
                                + " roles " + String.join(", ", roles));
                    } else if (date.plusDays(maxAge).isBefore(context.today())) {
                        problems.add("approval by " + approval.by() + " on " + date + " is older than " + maxAge
                                + " days");
                    } else if (approval.role().isBlank()) {
                        problems.add("approval by " + approval.by() + " names no role");
                    } else {
                        approved = true;
                    }
                } catch (DateTimeParseException e) {
                    problems.add("approval by " + approval.by() + " has no valid date");
                }
            }
            if (approved) {
                findings.pass(model, model.label() + " has a current approval", model.at(BomPointers.PROPERTIES));
            } else {
                findings.fail(model, model.label() + (problems.isEmpty() ? " records no approval"
                        : ": " + String.join("; ", problems)), model.at(BomPointers.PROPERTIES));
            }
        }
    }
}
