package dev.aibom.core.control.rules.integrity;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomView;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.Severity;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.SimpleControlRule;

import java.util.ArrayList;
import java.util.List;

/**
 * Every reference in the BOM names something in it: each {@code dependencies} entry's {@code ref} and
 * {@code dependsOn}, and each model card's dataset {@code ref}. A reference to nothing is how a component can be
 * depended on without being declared (and so without being judged), or how a model's training data can be named
 * without being described: what the BOM says of its graph cannot then be checked, so it fails, and no policy lowers it.
 */
@AutoService(ControlRule.class)
public final class ReferencesResolve extends SimpleControlRule {
    /** References listed in one finding; the rest are counted. */
    static final int LISTED = 10;
    private static final ControlMetadata METADATA = ControlMetadata.of("references-resolve",
            "Every reference in the BOM names something in it", Family.INTEGRITY, Severity.ERROR, "Each"
                    + " dependencies entry's ref and dependsOn, and each model card's dataset ref, is the bom-ref of"
                    + " a component, service or the system in the BOM; a reference to nothing hides what it names"
                    + " from every other control.", "A.6.2.3", "A.7.5").asFixed()
            .withRemedy("Declare what each reference names in the BOM (with that bom-ref), or correct the reference.");

    public ReferencesResolve() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return sliced(this::begin);
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        whole(this::begin, context, parameters, findings);
    }

    /**
     * The {@code dependencies} (a fact of the document) and each slice's models' dataset references, judged against
     * every {@code bom-ref} of the whole BOM; one finding once every slice has been seen.
     */
    private Slicing.Judgement begin(EvaluationContext context, NoParameters parameters, Findings first) {
        BomView document = context.bom();
        List<BomView.Reference> unresolved = new ArrayList<>(document.unresolvedDependencies());
        return new Slicing.Judgement() {
            @Override
            public void slice(dev.aibom.control.ControlContext slice, Findings findings) {
                unresolved.addAll(slice.bom().unresolvedDatasetReferences());
            }

            @Override
            public void end(Findings findings) {
                report(document, unresolved, findings);
            }
        };
    }

    private static void report(BomView bom, List<BomView.Reference> unresolved, Findings findings) {
        if (unresolved.isEmpty()) {
            findings.pass(bom.bom(), "every reference in the BOM names a component, service or the system in it",
                    "/dependencies");
            return;
        }
        StringBuilder named = new StringBuilder();
        for (BomView.Reference reference : unresolved.subList(0, Math.min(LISTED, unresolved.size()))) {
            named.append(named.length() == 0 ? "" : "; ").append(reference.pointer()).append(" '")
                    .append(reference.ref()).append('\'');
        }
        if (unresolved.size() > LISTED) {
            named.append("; and ").append(unresolved.size() - LISTED).append(" more");
        }
        findings.fail(bom.bom(), unresolved.size() + (unresolved.size() == 1 ? " reference names" : " references name")
                + " nothing in the BOM: " + named, unresolved.get(0).pointer());
    }
}
