package dev.aibom.core.job;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.control.BomItem;
import dev.aibom.control.BomView;
import dev.aibom.control.ControlContext;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.Severity;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.control.ConfiguredControl;
import dev.aibom.core.control.ControlEngine;
import dev.aibom.core.control.ControlRegistry;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.FailOn;
import dev.aibom.core.control.Policy;
import dev.aibom.core.control.SupplierRegister;
import dev.aibom.core.control.Waivers;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.VerificationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A BOM read once for judging gives the same verdict as the BOM held whole: the same signatures, the same findings of
 * every built-in control and of a third party's control that does not judge in slices (given the whole BOM, read
 * back), the same completeness; its slices point into the whole BOM; it leaves no file behind.
 */
class StreamedBomTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path temp;

    /** A company's rule written against the API alone, without slicing: it counts the items of the whole BOM. */
    static final class CountsItems implements ControlRule<NoParameters> {
        private static final ControlMetadata METADATA = ControlMetadata.of("company-counts-items",
                "Counts the items", Family.INTEGRITY, Severity.INFO, "Counts the BOM's items.", "A.6.2.7");

        @Override
        public ControlMetadata metadata() {
            return METADATA;
        }

        @Override
        public NoParameters defaultParameters() {
            return NoParameters.INSTANCE;
        }

        @Override
        public void evaluate(ControlContext context, NoParameters parameters, Findings findings) {
            List<BomItem> items = context.bom().items();
            findings.pass(context.bom().bom(), items.size() + " items, the last " + (items.isEmpty() ? "none"
                    : items.get(items.size() - 1).pointer()), "");
        }
    }

    /**
     * A company's rule that judges in slices and breaks in the second slice it is given: what it judged before stays,
     * the break is an error finding (the control could not be evaluated), and it is given no further slice, nor ended.
     */
    static final class BreaksInTheSecondSlice implements ControlRule<NoParameters> {
        private static final ControlMetadata METADATA = ControlMetadata.of("company-breaks",
                "Breaks in the second slice", Family.INTEGRITY, Severity.WARNING, "Breaks.", "A.6.2.7");
        final List<Integer> slices = new ArrayList<>();
        boolean ended;

        @Override
        public ControlMetadata metadata() {
            return METADATA;
        }

        @Override
        public NoParameters defaultParameters() {
            return NoParameters.INSTANCE;
        }

        @Override
        public void evaluate(ControlContext context, NoParameters parameters, Findings findings) {
            dev.aibom.control.Slicing.whole(slicing().orElseThrow(), context, parameters, findings);
        }

        @Override
        public Optional<dev.aibom.control.Slicing<NoParameters>> slicing() {
            return Optional.of((document, parameters, findings) -> new dev.aibom.control.Slicing.Judgement() {
                @Override
                public void slice(ControlContext slice, Findings out) {
                    slices.add(slice.bom().items().size());
                    if (slices.size() == 2) {
                        throw new IllegalStateException("the second slice broke me");
                    }
                    out.pass(slice.bom().items().get(0), "slice " + slices.size() + " judged", "");
                }

                @Override
                public void end(Findings out) {
                    ended = true;
                    out.pass(null, "ended", "");
                }
            });
        }
    }

    @Test
    void aRuleThatBreaksInASliceCouldNotBeEvaluatedAndJudgesNoFurther() throws Exception {
        Path file = bigBom();
        BreaksInTheSecondSlice rule = new BreaksInTheSecondSlice();
        Policy policy = new Policy("test policy", FailOn.ERROR, Map.of(rule.metadata().id(),
                ConfiguredControl.defaults(rule)));
        try (StreamedBom streamed = StreamedBom.read(file, ReadLimits.DEFAULT, Trust.NONE.policy(List.of(), false),
                false)) {
            EvaluationContext context = new EvaluationContext(streamed.document(), Optional.empty(), Optional.empty(),
                    Optional.empty(), false, TODAY);
            EvaluationResult result = ControlEngine.evaluate(file.toString(), context, policy, Waivers.none(),
                    streamed, slice -> { });
            assertThat(streamed.slices()).hasSizeGreaterThan(2);
            assertThat(rule.slices).containsExactly(ControlEngine.SLICE, ControlEngine.SLICE);
            assertThat(rule.ended).isFalse();
            assertThat(result.findings()).extracting(dev.aibom.control.Finding::status,
                    dev.aibom.control.Finding::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(dev.aibom.control.Status.PASS, "slice 1 judged"),
                    org.assertj.core.groups.Tuple.tuple(dev.aibom.control.Status.ERROR, "control could not be"
                            + " evaluated: java.lang.IllegalStateException: the second slice broke me"));
            // a control that could not be evaluated fails the check, though the rule's violations would only warn
            assertThat(result.outcome()).isEqualTo(EvaluationResult.Outcome.FAIL);
        }
    }

    /**
     * The controls judge the BOM that was read (and whose signature was verified), never the file read again: a file
     * replaced on disk in the middle of a check, after the signature was verified, changes no finding.
     */
    @Test
    void aFileReplacedInTheMiddleOfACheckChangesNothing() throws Exception {
        Path review = TestFiles.example("supplier-review");
        Path file = Files.copy(bigBom(), temp.resolve("swapped.cdx.json"));
        // what an attacker swaps in: every model without its hashes, and a component with no name
        ObjectNode swapped = (ObjectNode) BomJson.MAPPER.readTree(file.toFile());
        for (com.fasterxml.jackson.databind.JsonNode component : swapped.path("components")) {
            ((ObjectNode) component).remove("hashes");
            ((ObjectNode) component).put("name", "");
        }
        byte[] replacement = BomJson.pretty(swapped);
        ControlRegistry registry = ControlRegistry.builtIn();
        Policy policy = Policy.review(registry);
        SupplierRegister register = SupplierRegister.load(review.resolve("suppliers.yaml").toString(),
                Duration.ofSeconds(5));
        LoadedBom held = new BomReader(ReadLimits.DEFAULT).read(file);
        VerificationPolicy verification = Trust.NONE.policy(List.of(), false);
        EvaluationContext whole = new EvaluationContext(new BomView(held.tree()), Optional.of(register),
                Optional.of(BomSignatures.verify(held, verification)), Optional.empty(), true, TODAY);
        EvaluationResult expected = ControlEngine.evaluate(file.toString(), whole, policy, Waivers.none());
        try (StreamedBom streamed = StreamedBom.read(file, ReadLimits.DEFAULT, verification, false)) {
            List<Integer> slices = new ArrayList<>();
            EvaluationResult result = ControlEngine.evaluate(file.toString(), whole.withBom(streamed.document()),
                    policy, Waivers.none(), streamed, slice -> {
                        if (slices.isEmpty()) {
                            try {
                                Files.write(file, replacement);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                        slices.add(slice.items().size());
                    });
            assertThat(slices).hasSizeGreaterThan(2);
            assertThat(Files.readAllBytes(file)).isEqualTo(replacement);
            assertThat(List.copyOf(result.findings())).isEqualTo(List.copyOf(expected.findings()));
            // and the swap would have been seen: judged from the file as it is now, the findings differ
            LoadedBom now = new BomReader(ReadLimits.DEFAULT).read(file);
            EvaluationResult fromDisk = ControlEngine.evaluate(file.toString(), whole.withBom(new BomView(now.tree())),
                    policy, Waivers.none());
            assertThat(List.copyOf(fromDisk.findings())).isNotEqualTo(List.copyOf(expected.findings()));
        }
    }

    /** The signed supplier BOM, with its components repeated (and no signature) so that it spans several slices. */
    private Path bigBom() throws java.io.IOException {
        ObjectNode bom = (ObjectNode) BomJson.MAPPER.readTree(Files.readString(TestFiles.example("supplier-review")
                .resolve("acme-fraud-scoring.cdx.json")));
        ObjectNode big = bom.deepCopy();
        big.remove("signature");
        ArrayNode components = (ArrayNode) big.get("components");
        List<com.fasterxml.jackson.databind.JsonNode> originals = new ArrayList<>();
        components.forEach(originals::add);
        for (int copy = 1; copy <= 1200; copy++) {
            for (com.fasterxml.jackson.databind.JsonNode component : originals) {
                ObjectNode again = component.deepCopy();
                if (again.has("bom-ref")) {
                    again.put("bom-ref", again.get("bom-ref").asText() + "-" + copy);
                }
                again.put("name", again.path("name").asText() + "-" + copy);
                again.remove("components");
                components.add(again);
            }
        }
        Path file = temp.resolve("big.cdx.json");
        return Files.exists(file) ? file : Files.write(file, BomJson.pretty(big));
    }

    @Test
    void judgesAsTheBomHeldWhole() throws Exception {
        Path review = TestFiles.example("supplier-review");
        Path signedFile = review.resolve("acme-fraud-scoring.cdx.json");
        Path bigFile = bigBom();

        SupplierRegister register = SupplierRegister.load(review.resolve("suppliers.yaml").toString(),
                Duration.ofSeconds(5));
        List<PublicKey> keys = new ArrayList<>();
        register.suppliers().forEach(s -> keys.addAll(s.publicKeys()));
        VerificationPolicy verification = Trust.NONE.policy(keys, false);

        ControlRegistry registry = ControlRegistry.builtIn();
        Map<String, ConfiguredControl<?>> controls = new LinkedHashMap<>(Policy.review(registry).controls());
        CountsItems company = new CountsItems();
        controls.put(company.metadata().id(), ConfiguredControl.defaults(company));
        Policy policy = new Policy("test policy", FailOn.ERROR, controls);

        Set<Path> before = spools();
        for (Path file : List.of(signedFile, bigFile)) {
            LoadedBom held = new BomReader(ReadLimits.DEFAULT).read(file);
            EvaluationContext whole = new EvaluationContext(new BomView(held.tree()), Optional.of(register),
                    Optional.of(BomSignatures.verify(held, verification)), Optional.empty(), true, TODAY);
            EvaluationResult expected = ControlEngine.evaluate(file.toString(), whole, policy, Waivers.none());
            try (StreamedBom streamed = StreamedBom.read(file, ReadLimits.DEFAULT, verification, false)) {
                assertThat(streamed.signatures()).isEqualTo(BomSignatures.verify(held, verification));
                assertThat(streamed.specVersion()).isEqualTo(held.specVersion().text());
                EvaluationContext context = whole.withBom(streamed.document());
                List<String> pointers = new ArrayList<>();
                EvaluationResult result = ControlEngine.evaluate(file.toString(), context, policy, Waivers.none(),
                        streamed, slice -> slice.items().forEach(item -> pointers.add(item.pointer())));
                assertThat(List.copyOf(result.findings())).isEqualTo(List.copyOf(expected.findings()));
                assertThat(result.completeness()).isEqualTo(expected.completeness());
                assertThat(pointers).isEqualTo(new BomView(held.tree()).items().stream().map(BomItem::pointer)
                        .toList());
                assertThat(result.findings().stream().filter(f -> f.control().equals("company-counts-items"))
                        .map(dev.aibom.control.Finding::message).toList()).hasSize(1);
                assertThat(streamed.whole().tree()).isEqualTo(held.tree());
                // nothing named in the temporary folder while it is read
                assertThat(spools()).isEqualTo(before);
            }
        }
        assertThat(spools()).isEqualTo(before);
    }

    /**
     * What the controls judge is the BOM as it was read, node for node: a number too large for a double (read as
     * infinity) stays a number, escaped text stays the same text, through the spool.
     */
    @Test
    void theSlicesHoldTheNodesAsRead() throws Exception {
        ObjectNode bom = (ObjectNode) BomJson.MAPPER.readTree(Files.readString(TestFiles.example("supplier-review")
                .resolve("acme-fraud-scoring.cdx.json")));
        bom.remove("signature");
        ObjectNode model = null;
        for (com.fasterxml.jackson.databind.JsonNode component : bom.path("components")) {
            if (model == null && component.path("type").asText().equals("machine-learning-model")) {
                model = (ObjectNode) component;
            }
        }
        assertThat(model).isNotNull();
        // a huge number (JSON has no limit; a double has) and an escaped description, in the first model
        ObjectNode considerations = model.with("modelCard").with("considerations");
        considerations.putObject("environmentalConsiderations").putArray("energyConsumptions").addObject()
                .put("activity", "training").putArray("energyProviders");
        ((ObjectNode) considerations.get("environmentalConsiderations").get("energyConsumptions").get(0))
                .putObject("activityEnergyCost").put("value", 987654.321).put("unit", "kWh");
        model.put("description", "a\u0000b\"c");
        String text = BomJson.MAPPER.writeValueAsString(bom).replace("987654.321", "1e400");
        assertThat(text).contains("1e400").contains("a\\u0000b\\\"c");
        Path file = Files.writeString(temp.resolve("numbers.cdx.json"), text);
        LoadedBom held = new BomReader(ReadLimits.DEFAULT).read(file);
        try (StreamedBom streamed = StreamedBom.read(file, ReadLimits.DEFAULT, Trust.NONE.policy(List.of(), false),
                false)) {
            assertThat(streamed.whole().tree()).isEqualTo(held.tree());
            com.fasterxml.jackson.databind.JsonNode cost = null;
            for (BomView slice : streamed.slices()) {
                for (BomItem item : slice.items()) {
                    com.fasterxml.jackson.databind.JsonNode value = item.node().at("/modelCard/considerations"
                            + "/environmentalConsiderations/energyConsumptions/0/activityEnergyCost/value");
                    if (!value.isMissingNode()) {
                        cost = value;
                        assertThat(item.node().path("description").asText()).isEqualTo("a\u0000b\"c");
                    }
                }
            }
            assertThat(cost).isNotNull();
            assertThat(cost.isNumber()).as("still a number: %s", cost).isTrue();
            assertThat(cost.doubleValue()).isInfinite();
        }
    }

    private static Set<Path> spools() throws java.io.IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return Set.copyOf(files.filter(p -> p.getFileName().toString().startsWith("aibom-")).toList());
        }
    }
}
