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
        // only the first LISTED references are named, so only they are kept, with the count of all
        List<BomView.Reference> named = new ArrayList<>();
        int[] count = {0};
        java.util.function.Consumer<List<BomView.Reference>> add = references -> {
            for (BomView.Reference reference : references) {
                if (named.size() < LISTED) {
                    named.add(reference);
                }
                count[0]++;
            }
        };
        add.accept(document.unresolvedDependencies());
        return new Slicing.Judgement() {
            @Override
            public void slice(dev.aibom.control.ControlContext slice, Findings findings) {
                add.accept(slice.bom().unresolvedDatasetReferences());
            }

            @Override
            public void end(Findings findings) {
                report(document, named, count[0], findings);
            }
        };
    }

    /** {@code named}: the first {@link #LISTED} of the {@code count} references that name nothing, in order. */
    private static void report(BomView bom, List<BomView.Reference> named, int count, Findings findings) {
        if (count == 0) {
            findings.pass(bom.bom(), "every reference in the BOM names a component, service or the system in it",
                    "/dependencies");
            return;
        }
        StringBuilder text = new StringBuilder();
        for (BomView.Reference reference : named) {
            text.append(text.length() == 0 ? "" : "; ").append(reference.pointer()).append(" '")
                    .append(reference.ref()).append('\'');
        }
        if (count > LISTED) {
            text.append("; and ").append(count - LISTED).append(" more");
        }
        findings.fail(bom.bom(), count + (count == 1 ? " reference names" : " references name")
                + " nothing in the BOM: " + text, named.get(0).pointer());
    }
}
