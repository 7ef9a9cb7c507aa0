package dev.aibom.core.job;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.aibom.control.BomItem;
import dev.aibom.control.BomView;
import dev.aibom.core.AibomException;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.TestFiles;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.control.ControlEngine;
import dev.aibom.core.control.ControlRegistry;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.control.Policy;
import dev.aibom.core.control.SupplierRegister;
import dev.aibom.core.control.Waivers;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.VerificationPolicy;
import dev.aibom.core.sign.VerificationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential fuzzing of how {@code check} and {@code review} read and judge a BOM - one pass, the items spooled to a
 * temporary file and judged a slice at a time ({@link StreamedBom}) - against the BOM read strictly and held whole.
 * Whatever the bytes:
 * <ul>
 *   <li>the streamed read refuses exactly what the strict read refuses, with the same message;</li>
 *   <li>what both accept has the same signatures, the same version and, read back from the spool, the same tree;</li>
 *   <li>the controls find the same (findings in order, completeness) in the streamed BOM, in the BOM held whole and
 *       judged in one slice, and in the BOM held whole and judged one item at a time: no finding depends on where a
 *       slice ends;</li>
 *   <li>{@code verify}, which reads the BOM keeping none of its components, says of its declarations what they say
 *       in the BOM held whole.</li>
 * </ul>
 * Inputs of even length are judged as a supplier's BOM under the review policy, the others as the build's own under
 * the default policy. In a normal build the committed seeds run as regression inputs; {@code .ci/fuzz} fuzzes it.
 */
class StreamedBomFuzzTest {
    private static final ReadLimits LIMITS = new ReadLimits(1024 * 1024, 64);
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final ControlRegistry REGISTRY = ControlRegistry.builtIn();
    private static final Policy REVIEW = Policy.review(REGISTRY);
    private static final Policy OWN = Policy.defaults(REGISTRY);
    private static SupplierRegister register;
    private static VerificationPolicy verification;
    private static Path folder;

    @BeforeAll
    static void setUp() throws Exception {
        folder = Files.createTempDirectory("aibom-fuzz-streamed");
        register = SupplierRegister.load(TestFiles.example("supplier-review").resolve("suppliers.yaml").toString(),
                Duration.ofSeconds(5));
        List<PublicKey> keys = new ArrayList<>();
        register.suppliers().forEach(supplier -> keys.addAll(supplier.publicKeys()));
        verification = Trust.NONE.policy(keys, false);
    }

    @AfterAll
    static void clean() throws IOException {
        dev.aibom.core.TestFiles.deleteTree(folder);
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    // what the controls look at, so that mutations make BOMs that are read and judged, not only refused
    @DictionaryEntries({"\"bom-ref\":\"", "\"components\":[", "\"services\":[", "\"dependencies\":[",
            "\"dependsOn\":[", "\"ref\":\"", "\"type\":\"machine-learning-model\"", "\"type\":\"data\"",
            "\"type\":\"library\"", "\"supplier\":{\"name\":\"", "\"url\":[\"https://", "\"provider\":{",
            "\"properties\":[{\"name\":\"aibom:", "\"value\":\"", "\"hashes\":[{\"alg\":\"SHA-256\",\"content\":\"",
            "\"licenses\":[{\"license\":{\"id\":\"", "\"purl\":\"pkg:", "\"modelCard\":{", "\"datasets\":[{",
            "\"endpoints\":[", "\"externalReferences\":[", "\"signature\":{", "\"declarations\":{",
            "\"specVersion\":\"1.6\"", "\\u0000", "1e400", "-0.0",
            // whole aibom properties, so that a second, conflicting one is a mutation away
            "{\"name\":\"aibom:hub:metadataSource\",\"value\":\"project-cache\"},",
            "{\"name\":\"aibom:artifact:path\",\"value\":\"models/m.onnx\"},",
            "{\"name\":\"aibom:artifact:kind\",\"value\":\"file\"},",
            "{\"name\":\"aibom:artifact:format\",\"value\":\"pickle\"},",
            "{\"name\":\"aibom:model:lifecycle\",\"value\":\"deployed\"},",
            "{\"name\":\"aibom:system:riskLevel\",\"value\":\"high\"},",
            "{\"name\":\"aibom:supplier:id\",\"value\":\"internal\"},"})
    void streamedAsHeld(byte[] data) throws Exception {
        Path file = Files.write(folder.resolve("fuzz.cdx.json"), data);
        LoadedBom held = null;
        String refused = null;
        try {
            held = new BomReader(LIMITS).read(file);
        } catch (AibomException e) {
            refused = e.getMessage();
        }
        StreamedBom streamed;
        try {
            streamed = StreamedBom.read(file, LIMITS, verification, false);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).as("the streamed read refuses; the strict read %s",
                    refused == null ? "accepts" : "refuses otherwise").isEqualTo(refused);
            return;
        }
        try (streamed) {
            assertThat(refused).as("the streamed read accepts what the strict read refuses").isNull();
            VerificationReport signatures = BomSignatures.verify(held, verification);
            assertThat(streamed.signatures()).isEqualTo(signatures);
            assertThat(streamed.specVersion()).isEqualTo(held.specVersion().text());
            assertThat(streamed.whole().tree()).isEqualTo(held.tree());

            boolean review = (data.length & 1) == 0;
            BomView whole = new BomView(held.tree());
            EvaluationContext context = new EvaluationContext(whole, Optional.of(register), Optional.of(signatures),
                    Optional.empty(), review, TODAY);
            Policy policy = review ? REVIEW : OWN;
            Judged inOneSlice = judge(() -> ControlEngine.evaluate("fuzz", context, policy, Waivers.none()));
            Judged itemByItem = judge(() -> ControlEngine.evaluate("fuzz", context, policy, Waivers.none(),
                    itemByItem(whole), slice -> { }));
            Judged asStreamed = judge(() -> ControlEngine.evaluate("fuzz", context, policy, Waivers.none(), streamed,
                    slice -> { }));
            assertThat(itemByItem).as("judged one item at a time").isEqualTo(inOneSlice);
            assertThat(asStreamed).as("judged as streamed").isEqualTo(inOneSlice);

            List<String> verified = new ArrayList<>();
            VerifyJob.run(new VerifyJob.Request(file, Trust.NONE, false, Optional.empty(), "--skip-files", LIMITS),
                    dev.aibom.core.Log.of(verified::add), dev.aibom.core.hash.HashListener.NONE);
            assertThat(verified.stream().filter(line -> line.startsWith("declarations: "))
                    .map(line -> line.replace(" (not signed: nobody is bound to them)", "")).toList())
                    .as("verify's declarations line").isEqualTo(dev.aibom.core.bom.DeclarationSummary.of(held.tree())
                            .map(summary -> List.of("declarations: " + summary.line())).orElse(List.of()));
        }
    }

    /** What an evaluation gave: its findings and completeness, or the property conflict that stopped it. */
    private record Judged(List<?> findings, Object completeness, String conflict) {
    }

    private static Judged judge(java.util.function.Supplier<EvaluationResult> evaluation) {
        try {
            EvaluationResult result = evaluation.get();
            return new Judged(List.copyOf(result.findings()), result.completeness(), null);
        } catch (BomItem.AmbiguousPropertyException e) {
            // a conflicting property: properties-unambiguous reports it; it must stop every way of judging alike
            return new Judged(List.of(), null, e.getMessage());
        }
    }

    /** The BOM held whole, judged in slices of one item each. */
    private static ControlEngine.Source itemByItem(BomView whole) {
        return new ControlEngine.Source() {
            @Override
            public BomView document() {
                return whole.document();
            }

            @Override
            public Iterable<BomView> slices() {
                return whole.slices(1);
            }

            @Override
            public BomView whole() {
                return whole;
            }
        };
    }
}
