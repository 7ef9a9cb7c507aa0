package dev.aibom.core.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aibom.control.BomView;
import dev.aibom.control.ControlRule;
import dev.aibom.control.Finding;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.discovery.Catalogue;
import dev.aibom.core.discovery.Discovery;
import dev.aibom.core.format.ModelFormat;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.job.Trust;
import dev.aibom.core.modelsig.ModelTrust;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in rule judges a BOM in slices exactly as it judges the whole BOM: the same findings, in the same order,
 * for slices of one and of two top-level components, over the examples' BOMs (also with their components reversed,
 * with references that name nothing and without a declared intended use), the specification's ML-BOM examples, in a
 * check and in a supplier review, with and without a register, discovery and signatures.
 */
class SlicingTest {
    @TempDir
    Path temp;

    @Test
    void everyBuiltInRuleJudgesInSlicesAsItJudgesTheWholeBom() throws Exception {
        Path project = ControlScenarios.exampleProject(temp);
        ObjectNode example = ControlScenarios.exampleBom(project);
        SupplierRegister register = ControlScenarios.exampleRegister(project);

        Map<String, JsonNode> boms = new LinkedHashMap<>();
        boms.put("example", example);
        boms.put("example reversed", reversed(example));
        boms.put("example, broken references, no intended use", broken(example));
        boms.put("supplier review", read(TestFiles.example("supplier-review").resolve("acme-fraud-scoring.cdx.json")));
        boms.put("supplier attestation", read(TestFiles.example("supplier-attestation")
                .resolve("meridian-bureau-score.cdx.json")));
        if (TestFiles.conformancePresent() || TestFiles.conformanceRequired()) {
            try (Stream<Path> files = Files.walk(TestFiles.conformance().resolve("ml-bom-examples"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    try {
                        boms.put(file.getFileName().toString() + " of " + file.getParent().getFileName(), read(file));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                        // one example of the guide is not JSON (a trailing comma): nothing to judge
                    }
                }
            }
        }

        // a review of the signed supplier BOM: its signer is a registered supplier
        Path review = TestFiles.example("supplier-review");
        SupplierRegister acme = SupplierRegister.load(review.resolve("suppliers.yaml").toString(),
                Duration.ofSeconds(5));
        List<PublicKey> acmeKeys = new ArrayList<>();
        acme.suppliers().forEach(s -> acmeKeys.addAll(s.publicKeys()));
        LoadedBom signed = new BomReader(ReadLimits.DEFAULT).read(review.resolve("acme-fraud-scoring.cdx.json"));
        VerificationReport signatures = BomSignatures.verify(signed, Trust.NONE.policy(acmeKeys, false));

        Discovery discovery = new Discovery(
                List.of(new Discovery.FoundLibrary("ai.djl:api:0.30.0", List.of("ai.djl:api"),
                                Catalogue.libraries().stream().filter(l -> l.kind() == Catalogue.Kind.RUNTIME)
                                        .findFirst().orElseThrow()),
                        new Discovery.FoundLibrary("com.openai:openai-java:1.0.0", List.of("com.openai:openai-java"),
                                Catalogue.libraries().stream().filter(l -> l.kind() == Catalogue.Kind.SDK)
                                        .findFirst().orElseThrow())),
                List.of(new Discovery.FoundModelFile("models/extra.onnx", ModelFormat.values()[0],
                        "0".repeat(64), 10)),
                List.of("target/classes"));

        List<ControlRule<?>> rules = ControlScenarios.REGISTRY.rules();
        List<ConfiguredControl<?>> controls = new ArrayList<>();
        rules.forEach(rule -> controls.add(ConfiguredControl.defaults(rule)));
        // the example's expression controls too
        Policy policy = Policy.load(project.resolve("aibom-policy.yaml"), ControlScenarios.REGISTRY);
        controls.addAll(policy.controls().values());

        int compared = 0;
        int multiSlice = 0;
        for (Map.Entry<String, JsonNode> bom : boms.entrySet()) {
            BomView view = new BomView(bom.getValue());
            List<EvaluationContext> contexts = List.of(
                    new EvaluationContext(view, Optional.empty(), Optional.empty(), Optional.empty(), false,
                            ControlScenarios.TODAY),
                    new EvaluationContext(view, Optional.of(register), Optional.empty(), Optional.empty(), false,
                            ControlScenarios.TODAY).withDiscovery(discovery).withModelTrust(ModelTrust.NONE),
                    new EvaluationContext(view, Optional.of(acme), Optional.of(signatures), Optional.empty(), true,
                            ControlScenarios.TODAY));
            for (EvaluationContext context : contexts) {
                for (ConfiguredControl<?> control : controls) {
                    assertThat(control.rule().slicing()).as("%s judges in slices", control.metadata().id())
                            .isPresent();
                    List<Finding> whole = control.evaluate(context);
                    for (int size : new int[]{1, 2}) {
                        List<BomView> slices = view.slices(size);
                        if (slices.size() > 1) {
                            multiSlice++;
                        }
                        assertThat(control.evaluate(context, slices))
                                .as("%s on %s in slices of %d", control.metadata().id(), bom.getKey(), size)
                                .isEqualTo(whole);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
        assertThat(multiSlice).isGreaterThan(compared / 2);
    }

    @Test
    void theDocumentsViewHasNoItemsAndSlicesPointIntoTheWholeBom() throws Exception {
        ObjectNode example = ControlScenarios.exampleBom(ControlScenarios.exampleProject(temp));
        BomView whole = new BomView(example);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> whole.document().items())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the document's view of a sliced judgement has no items: judge them in the slices");
        List<String> pointers = new ArrayList<>();
        whole.slices(1).forEach(slice -> slice.items().forEach(item -> pointers.add(item.pointer())));
        assertThat(pointers).isEqualTo(whole.items().stream().map(dev.aibom.control.BomItem::pointer).toList());
        assertThat(whole.slices(1).get(1).totals()).isEqualTo(whole.totals());
        assertThat(whole.document().system().name()).isEqualTo(whole.system().name());
    }

    private static JsonNode read(Path file) throws Exception {
        return BomJson.MAPPER.readTree(Files.readString(file));
    }

    private static ObjectNode reversed(ObjectNode bom) {
        ObjectNode copy = bom.deepCopy();
        ArrayNode components = (ArrayNode) copy.path("components");
        List<JsonNode> list = new ArrayList<>();
        components.forEach(list::add);
        components.removeAll();
        for (int i = list.size() - 1; i >= 0; i--) {
            components.add(list.get(i));
        }
        return copy;
    }

    /** References that name nothing (a dependency, a model card's dataset) and no intended use on the system. */
    private static ObjectNode broken(ObjectNode bom) {
        ObjectNode copy = bom.deepCopy();
        copy.withArray("dependencies").addObject().put("ref", "nothing-here").putArray("dependsOn").add("nor-here");
        for (JsonNode component : copy.path("components")) {
            if (component.path("type").asText().equals("machine-learning-model")) {
                ((ObjectNode) component).with("modelCard").with("modelParameters").withArray("datasets")
                        .addObject().put("ref", "no-such-dataset");
            }
        }
        JsonNode properties = copy.path("metadata").path("component").path("properties");
        if (properties.isArray()) {
            for (int i = properties.size() - 1; i >= 0; i--) {
                if (properties.get(i).path("name").asText().contains("intendedUse")) {
                    ((ArrayNode) properties).remove(i);
                }
            }
        }
        return copy;
    }
}
