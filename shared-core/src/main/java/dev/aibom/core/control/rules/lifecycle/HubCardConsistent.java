package dev.aibom.core.control.rules.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.aibom.control.AibomProperties;
import dev.aibom.control.BomView;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.Severity;
import dev.aibom.core.descriptor.HuggingFaceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the BOM states about a Hugging Face model - its licence, base model and training datasets, in the standard
 * CycloneDX fields - agrees with the model's card on the Hub at the pinned commit (recorded at generation as
 * {@code aibom:hub:card:*} hints). Neither overrides the other: a contradiction is a finding for a person to settle,
 * with the supplier or in the descriptor.
 */
@AutoService(ControlRule.class)
public final class HubCardConsistent extends SimpleControlRule {
    /** Card licence values that name no licence: nothing to compare. */
    private static final Set<String> NO_LICENCE = Set.of("other", "unknown", "");

    private static final ControlMetadata METADATA = ControlMetadata.of("hub-card-consistent",
            "Hub models agree with their model card", Family.LIFECYCLE, Severity.ERROR,
            "For each model or dataset resolved from the Hugging Face Hub, the licence, base model and Hub datasets the"
                    + " BOM declares agree with the card at the pinned commit; a base model the card names must be"
                    + " declared. Not applicable to a BOM without Hub components.", "A.6.2.7", "A.7.5", "A.10.3")
            .withRemedy("Settle the difference: correct the descriptor (licence, baseModel, datasets), or, when the"
                    + " card is wrong, ask the supplier to fix it and waive the finding until then.");

    public HubCardConsistent() {
        super(METADATA);
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        boolean any = false;
        for (BomItem item : context.bom().items()) {
            if (item.property(AibomProperties.HUB_COMMIT).isEmpty()) {
                continue;
            }
            any = true;
            List<String> problems = new ArrayList<>();
            licence(item, problems);
            if (item.kind().equals(BomView.MODEL)) {
                baseModel(item, problems);
                datasets(context, item, problems);
            }
            boolean unchecked = item.property(AibomProperties.HUB_METADATA_SOURCE)
                    .filter("project-cache-unchecked"::equals).isPresent();
            findings.check(item, problems.isEmpty(), item.label() + " agrees with its Hub card at "
                            + item.property(AibomProperties.HUB_COMMIT).get() + (unchecked ? " (as a Hub cache"
                            + " committed with the project records it, not checked against the Hub)" : ""),
                    item.label() + ": " + String.join("; ", problems),
                    item.propertyPointer(AibomProperties.HUB_COMMIT));
        }
        if (!any) {
            findings.notApplicable(context.bom().bom(), "no component was resolved from the Hugging Face Hub");
        }
    }

    private static void licence(BomItem item, List<String> problems) {
        Optional<String> card = item.property(AibomProperties.HUB_CARD_LICENSE);
        List<String> declared = item.licenses();
        if (card.isEmpty() || declared.isEmpty() || NO_LICENCE.contains(card.get().toLowerCase(Locale.ROOT))) {
            return;
        }
        String id = card.get().toLowerCase(Locale.ROOT);
        boolean agrees = declared.stream().map(l -> l.toLowerCase(Locale.ROOT))
                .anyMatch(l -> l.equals(id) || List.of(l.split("[\\s()]+")).contains(id));
        if (!agrees) {
            problems.add("the BOM declares the licence " + String.join(", ", declared) + ", the card says "
                    + card.get());
        }
    }

    private static void baseModel(BomItem item, List<String> problems) {
        List<String> card = item.properties(AibomProperties.HUB_CARD_BASE_MODEL);
        List<String> declared = new ArrayList<>();
        for (JsonNode ancestor : item.node().path("pedigree").path("ancestors")) {
            declared.add(ancestor.path("name").asText());
        }
        if (card.isEmpty()) {
            return;
        }
        if (declared.isEmpty()) {
            problems.add("the card names the base model " + String.join(", ", card) + ", the BOM declares none");
            return;
        }
        for (String name : declared) {
            if (card.stream().noneMatch(c -> c.equalsIgnoreCase(name))) {
                problems.add("the BOM declares the base model " + name + ", the card names " + String.join(", ",
                        card));
            }
        }
    }

    private static void datasets(EvaluationContext context, BomItem model, List<String> problems) {
        List<String> card = model.properties(AibomProperties.HUB_CARD_DATASET);
        if (card.isEmpty()) {
            return;
        }
        for (JsonNode choice : model.node().path("modelCard").path("modelParameters").path("datasets")) {
            String ref = choice.path("ref").asText("");
            for (BomItem dataset : context.bom().items(BomView.DATASET)) {
                Optional<String> source = dataset.property(AibomProperties.ARTIFACT_SOURCE);
                if (!dataset.ref().equals(ref) || source.isEmpty() || !HuggingFaceRef.looksLikeOne(source.get())) {
                    continue;
                }
                String repository = HuggingFaceRef.parse(source.get()).repository();
                if (card.stream().noneMatch(c -> c.equalsIgnoreCase(repository))) {
                    problems.add("the BOM declares the training dataset " + repository + " (" + dataset.label()
                            + "), which the card does not list");
                }
            }
        }
    }
}
