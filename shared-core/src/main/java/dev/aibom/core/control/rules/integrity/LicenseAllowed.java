package dev.aibom.core.control.rules.integrity;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomPointers;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.BuiltInRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.Severity;
import dev.aibom.control.ParameterDoc;
import dev.aibom.core.license.SpdxLicenses;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * No licence id is denied; with an allow list, every id is on it, and a component that names no licence fails (it
 * cannot be shown to be on the list: deleting a licence must not take a component past the allow list).
 */
@AutoService(ControlRule.class)
public final class LicenseAllowed extends BuiltInRule<LicenseAllowed.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("license-allowed", "Licences are allowed",
            Family.INTEGRITY, Severity.ERROR, "No licence id in a component's licence is denied; when an allow list"
                    + " is given, every id is on it, and a component that names no licence fails.", "A.10.3", "A.7.3")
            .withRemedy("Replace the component, or have its licence approved and add it to the policy's allow list.");

    /**
     * @param allow SPDX ids allowed; any when empty
     * @param deny  SPDX ids denied
     */
    public record Parameters(@ParameterDoc("SPDX ids allowed (any when empty)") List<String> allow,
                             @ParameterDoc("SPDX ids denied") List<String> deny) {
        public Parameters {
            allow = List.copyOf(allow);
            deny = List.copyOf(deny);
        }
    }

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(List.of(), List.of());
    }

    @Override
    public Optional<Slicing<LicenseAllowed.Parameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        Set<String> allow = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        allow.addAll(parameters.allow());
        Set<String> deny = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        deny.addAll(parameters.deny());
        for (BomItem item : context.bom().items()) {
            List<String> texts = item.licenses();
            if (texts.isEmpty()) {
                if (allow.isEmpty()) {
                    findings.notApplicable(item, item.label() + " names no licence");
                } else {
                    findings.fail(item, item.label() + " names no licence, so it cannot be shown to be on the allow"
                            + " list (" + String.join(", ", parameters.allow()) + ")", item.at(""));
                }
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (String text : texts) {
                ids.addAll(SpdxLicenses.ids(text));
            }
            List<String> denied = ids.stream().filter(deny::contains).toList();
            List<String> unlisted = allow.isEmpty() ? List.of() : ids.stream().filter(id -> !allow.contains(id))
                    .toList();
            String problem = !denied.isEmpty() ? "uses denied licence " + String.join(", ", denied)
                    : "uses licence " + String.join(", ", unlisted) + ", which is not on the allow list";
            findings.check(item, denied.isEmpty() && unlisted.isEmpty(), item.label() + " licence "
                    + String.join(", ", texts) + " is allowed", item.label() + " " + problem,
                    item.at(BomPointers.LICENSES));
        }
    }
}
