package dev.aibom.core.control.rules.lifecycle;

import dev.aibom.control.Slicing;

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
    public Optional<Slicing<NoParameters>> slicing() {
        return sliced(this::begin);
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        whole(this::begin, context, parameters, findings);
    }

    /**
     * A Hub component judged once every slice has been seen: a model's card may name a dataset declared in another
     * slice. What the finding needs is kept, not the component.
     */
    private record Pending(BomItem item, String commit, String pointer, boolean unchecked, List<String> problems,
                           List<String> card, List<String> chosen) {
    }

    /** A dataset with a Hub source, by its reference: what the models' cards are compared with. */
    private record HubDataset(String ref, String source, String label) {
    }

    private Slicing.Judgement begin(EvaluationContext context, NoParameters parameters, Findings first) {
        List<Pending> pending = new ArrayList<>();
        List<HubDataset> datasets = new ArrayList<>();
        return new Slicing.Judgement() {
            @Override
            public void slice(dev.aibom.control.ControlContext slice, Findings findings) {
                for (BomItem item : slice.bom().items()) {
                    if (item.kind().equals(BomView.DATASET)) {
                        Optional<String> source = item.property(AibomProperties.ARTIFACT_SOURCE);
                        if (source.isPresent() && HuggingFaceRef.looksLikeOne(source.get())) {
                            datasets.add(new HubDataset(item.ref(), source.get(), item.label()));
                        }
                    }
                    if (item.property(AibomProperties.HUB_COMMIT).isEmpty()) {
                        continue;
                    }
                    List<String> problems = new ArrayList<>();
                    licence(item, problems);
                    List<String> chosen = new ArrayList<>();
                    if (item.kind().equals(BomView.MODEL)) {
                        baseModel(item, problems);
                        for (JsonNode choice : item.node().path("modelCard").path("modelParameters")
                                .path("datasets")) {
                            chosen.add(choice.path("ref").asText(""));
                        }
                    }
                    boolean unchecked = item.property(AibomProperties.HUB_METADATA_SOURCE)
                            .filter("project-cache-unchecked"::equals).isPresent();
                    pending.add(new Pending(new BomItem(item.kind(), item.ref(), item.name(), item.pointer(),
                            com.fasterxml.jackson.databind.node.MissingNode.getInstance()),
                            item.property(AibomProperties.HUB_COMMIT).get(),
                            item.propertyPointer(AibomProperties.HUB_COMMIT), unchecked, problems,
                            item.kind().equals(BomView.MODEL) ? item.properties(AibomProperties.HUB_CARD_DATASET)
                                    : List.of(), chosen));
                }
            }

            @Override
            public void end(Findings findings) {
                for (Pending hub : pending) {
                    List<String> problems = new ArrayList<>(hub.problems());
                    datasets(hub, datasets, problems);
                    findings.check(hub.item(), problems.isEmpty(), hub.item().label() + " agrees with its Hub card at "
                                    + hub.commit() + (hub.unchecked() ? " (as a Hub cache committed with the project"
                                    + " records it, not checked against the Hub)" : ""),
                            hub.item().label() + ": " + String.join("; ", problems), hub.pointer());
                }
                if (pending.isEmpty()) {
                    findings.notApplicable(context.bom().bom(), "no component was resolved from the Hugging Face"
                            + " Hub");
                }
            }
        };
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

    private static void datasets(Pending model, List<HubDataset> datasets, List<String> problems) {
        if (model.card().isEmpty()) {
            return;
        }
        for (String ref : model.chosen()) {
            for (HubDataset dataset : datasets) {
                if (!dataset.ref().equals(ref)) {
                    continue;
                }
                String repository = HuggingFaceRef.parse(dataset.source()).repository();
                if (model.card().stream().noneMatch(c -> c.equalsIgnoreCase(repository))) {
                    problems.add("the BOM declares the training dataset " + repository + " ("
                            + dataset.label() + "), which the card does not list");
                }
            }
        }
    }
}
