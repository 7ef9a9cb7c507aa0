package dev.aibom.core.bom;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.TestFiles;
import org.cyclonedx.model.component.data.ComponentData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BomReaderTest {
    private final BomReader reader = new BomReader(ReadLimits.DEFAULT);

    @TempDir
    Path temp;

    private static Stream<Path> samples(String version, String prefix) throws IOException {
        Path dir = TestFiles.conformance().resolve("cyclonedx-spec/test-resources/" + version);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> matching = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".json")).sorted().toList();
            assertThat(matching).isNotEmpty();
            return matching.stream();
        }
    }

    @dev.aibom.core.NeedsConformance
    @TestFactory
    Stream<DynamicTest> acceptsEveryValidSampleOfTheSpecification() throws IOException {
        return Stream.of("1.5", "1.6", "1.7").flatMap(version -> {
            try {
                return samples(version, "valid-");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            LoadedBom bom = reader.read(sample);
            assertThat(bom.tree().get("bomFormat").asText()).isEqualTo("CycloneDX");
            if (bom.specVersion().library().isPresent()) {
                assertThat(bom.model()).isNotNull();
            }
        }));
    }

    @dev.aibom.core.NeedsConformance
    @TestFactory
    Stream<DynamicTest> rejectsEveryInvalidSampleOfTheSpecification() throws IOException {
        return Stream.of("1.5", "1.6", "1.7").flatMap(version -> {
            try {
                return samples(version, "invalid-");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                    () -> reader.read(sample));
            assertThat(error).as("must be rejected").isNotNull();
            assertThat(error.getMessage()).startsWith("Invalid CycloneDX BOM " + sample);
            assertThat(error.problems()).isNotEmpty();
        }));
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void schemaErrorsNameTheLineAndJsonPointer() throws Exception {
        Path sample = TestFiles.conformance().resolve("cyclonedx-spec/test-resources/1.6/invalid-component-type-1.6.json");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> reader.read(sample));
        assertThat(error.problems().get(0).format()).matches(java.util.regex.Pattern.quote(sample.toString())
                + ":\\d+:\\d+: /components/0/type: does not match the CycloneDX 1.6 schema: .*");
    }

    /** A CycloneDX XML BOM (or an HTML page where a BOM was expected) is named as what it is, not as broken JSON. */
    @Test
    void anXmlBomIsNamedAsXml() throws Exception {
        Path xml = java.nio.file.Files.writeString(temp.resolve("bom.xml"), "\n  <?xml version=\"1.0\"?>\n"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" version=\"1\"/>\n");
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable read : List.<org.assertj.core.api.ThrowableAssert
                .ThrowingCallable>of(() -> reader.read(xml), () -> reader.readRoot(xml, (m, i, e) -> { }))) {
            assertThatThrownBy(read).hasMessage("Invalid CycloneDX BOM " + xml + ":\n  - " + xml + ":2:3: this is"
                    + " XML (or HTML), not JSON: aibom reads a CycloneDX JSON BOM. Fix: ask the supplier for a"
                    + " CycloneDX JSON BOM.");
        }
        // '<' further in is broken JSON, as before
        Path later = java.nio.file.Files.writeString(temp.resolve("later.json"), "{\"bomFormat\": <}");
        assertThatThrownBy(() -> reader.read(later)).hasMessageContaining("this is not valid JSON");
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void readsTheSignedCycloneDx14Sample() throws Exception {
        LoadedBom bom = reader.read(TestFiles.conformance()
                .resolve("cyclonedx-spec/test-resources/1.4/valid-signatures-1.4.json"));
        assertThat(bom.specVersion().text()).isEqualTo("1.4");
        assertThat(bom.signatureForm()).isEqualTo(SignatureForm.SINGLE);
    }

    @dev.aibom.core.NeedsConformance
    @Test
    void machineLearningSampleKeepsItsModelCard() throws Exception {
        LoadedBom bom = reader.read(TestFiles.conformance()
                .resolve("cyclonedx-spec/test-resources/1.6/valid-machine-learning-1.6.json"));
        assertThat(bom.model().getComponents().get(0).getModelCard()).isNotNull();
    }

    // cyclonedx-core-java 12.2.0 bug: componentData type "definition" makes the whole BOM fail to parse
    @Test
    void dataTypeDefinitionIsReadInsteadOfFailingTheWholeBom() throws Exception {
        Path bom = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":[{\"type\":"
                + "\"data\",\"name\":\"schema\",\"data\":[{\"type\":\"definition\",\"name\":\"claims schema\"}]}]}");
        LoadedBom loaded = reader.read(bom);
        assertThat(loaded.tree().at("/components/0/data/0/type").asText()).isEqualTo("definition");
        assertThat(loaded.model().getComponents().get(0).getData().get(0).getType())
                .isEqualTo(ComponentData.ComponentDataType.OTHER);
    }

    // cyclonedx-core-java 12.2.0 bug: a JSF "chain" is read as "signers", which changes what was signed by whom
    @Test
    void aSignatureChainIsReportedAsAChainNotAsSigners() throws Exception {
        Path bom = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"signature\":{\"chain\":"
                + "[{\"algorithm\":\"ES256\",\"value\":\"AAAA\"},{\"algorithm\":\"ES256\",\"value\":\"BBBB\"}]}}");
        LoadedBom loaded = reader.read(bom);
        assertThat(loaded.signatureForm()).isEqualTo(SignatureForm.CHAIN);
        assertThat(loaded.model().getSignature()).as("the library's misreading is not passed on").isNull();
        assertThat(loaded.tree().at("/signature/chain/1/value").asText()).isEqualTo("BBBB");

        Path signers = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"signature\":"
                + "{\"signers\":[{\"algorithm\":\"ES256\",\"value\":\"AAAA\"}]}}");
        assertThat(reader.read(signers).signatureForm()).isEqualTo(SignatureForm.SIGNERS);
    }

    /**
     * A number beyond a double's range is read as an infinite double (a number still, for the controls); networknt
     * cannot take the decimal value of one, and threw where the schema lists values (found by StreamedSigningFuzzTest):
     * an internal error with a stack trace for a bad BOM. Such a number is judged as the schema judges it.
     */
    @Test
    void aNumberBeyondADoubleIsJudgedByTheSchemaNotAFault() throws Exception {
        Path inEnum = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":[\n"
                + "{\"type\":\"library\",\"name\":\"a\",\"licenses\":[{\"license\":{\"id\":1e400}}]},\n"
                + "{\"type\":\"library\",\"name\":\"b\",\"licenses\":[{\"license\":{\"id\":-1e400}}]}]}");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> reader.read(inEnum));
        assertThat(error).as("refused as invalid, not an internal error").isNotNull();
        assertThat(error.problems()).extracting(problem -> problem.format().replace(inEnum.toString(), "BOM"))
                .anyMatch(line -> line.startsWith("BOM:2:") && line.contains("/components/0/licenses/0/license/id:"))
                .anyMatch(line -> line.startsWith("BOM:3:") && line.contains("/components/1/licenses/0/license/id:"));

        // where the schema wants an integer, networknt takes such a number for a number that is not one (as it did
        // before): refused, a schema error at its pointer
        Path asVersion = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1e400,"
                + "\"components\":[{\"type\":\"library\",\"name\":\"a\",\"version\":\"1\"}]}");
        assertThatThrownBy(() -> reader.read(asVersion)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(asVersion + ":1:46: /version: does not match the CycloneDX 1.6 schema: number"
                        + " found, integer expected");
        // where it wants any number, it is one: read, and infinite for the controls
        Path asEnergy = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":[{"
                + "\"type\":\"machine-learning-model\",\"name\":\"m\",\"modelCard\":{\"considerations\":{"
                + "\"environmentalConsiderations\":{\"energyConsumptions\":[{\"activity\":\"training\","
                + "\"energyProviders\":[],\"activityEnergyCost\":{\"value\":1e400,\"unit\":\"kWh\"}}]}}}}]}");
        assertThat(reader.read(asEnergy).tree().at("/components/0/modelCard/considerations/environmentalConsiderations"
                + "/energyConsumptions/0/activityEnergyCost/value").doubleValue()).isInfinite();
    }

    /**
     * Nested components and services that are an object instead of an array: counted as the BOM is read, before the
     * schema judges it, they were a NullPointerException (found by StreamedBomFuzzTest); now the schema's errors.
     */
    @Test
    void nestedItemsThatAreNotAnArrayAreASchemaErrorNotAFault() throws Exception {
        Path bom = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\n"
                + "\"components\":[{\"type\":\"library\",\"name\":\"a\",\"components\":{\"type\":\"library\"}}],\n"
                + "\"services\":[{\"name\":\"s\",\"services\":{\"name\":\"t\",\"endpoints\":[\"https://x\"]}}]}");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> reader.read(bom));
        assertThat(error).as("refused as invalid, not an internal error").isNotNull();
        assertThat(error.problems()).extracting(problem -> problem.format().replace(bom.toString(), "BOM"))
                .anyMatch(line -> line.startsWith("BOM:2:") && line.contains(" /components/0/components: does not match"
                        + " the CycloneDX 1.6 schema: object found, array expected"))
                .anyMatch(line -> line.startsWith("BOM:3:") && line.contains(" /services/0/services: does not match"
                        + " the CycloneDX 1.6 schema: object found, array expected"));
    }

    @Test
    void aLongEnumerationIsCutToItsFirstValuesInTheMessage() throws Exception {
        Path bom = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":[\n"
                + "{\"type\":\"library\",\"name\":\"a\",\"licenses\":[{\"license\":{\"id\":\"Postgr-SQL\"}}]},\n"
                + "{\"type\":\"libary\",\"name\":\"b\"}]}");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> reader.read(bom));
        List<String> lines = error.problems().stream().map(problem -> problem.format().replace(bom.toString(), "BOM"))
                .toList();
        assertThat(lines).anyMatch(line -> line.matches(java.util.regex.Pattern.quote("BOM:2:54:"
                + " /components/0/licenses/0/license/id: does not match the CycloneDX 1.6 schema: does not have a value"
                + " in the enumeration [\"0BSD\", \"3D-Slicer-1.0\", \"AAL\", \"Abstyles\", \"AdaCore-doc\","
                + " \"Adobe-2006\", \"Adobe-Display-PostScript\", \"Adobe-Glyph\", \"Adobe-Utopia\", \"ADSL\", ... ")
                + "\\d{3} more\\]"));
        // a short one is shown whole
        assertThat(lines).anyMatch(line -> line.startsWith("BOM:3:2: /components/1/type: does not match the"
                + " CycloneDX 1.6 schema: does not have a value in the enumeration [\"application\", ")
                && line.endsWith("\"cryptographic-asset\"]"));
        assertThat(BomSchema.message("x does not have a value in the enumeration [1, 2]")).isEqualTo(
                "x does not have a value in the enumeration [1, 2]");
        assertThat(BomSchema.message("x does not have a value in the enumeration [not json")).isEqualTo(
                "x does not have a value in the enumeration [not json");
    }

    @Test
    void anInfiniteNumberStandsAsOneBeyondEveryBoundOnlyForTheSchema() throws Exception {
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"a\":[1,{\"b\":1e400}],\"c\":-1e400,\"d\":\"1e400\",\"e\":2.5}");
        com.fasterxml.jackson.databind.JsonNode finite = BomSchema.finite(tree);
        assertThat(finite.toString()).isEqualTo("{\"a\":[1,{\"b\":1E+400}],\"c\":-1E+400,\"d\":\"1e400\",\"e\":2.5}");
        assertThat(tree.get("c").doubleValue()).as("the tree read is not changed").isInfinite();
        com.fasterxml.jackson.databind.JsonNode plain = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"a\":[1,{\"b\":2}]}");
        assertThat(BomSchema.finite(plain)).isSameAs(plain);
    }

    @Test
    void duplicateKeysAreRefused() throws Exception {
        Path bom = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\n"
                + "\"version\":2}");
        assertThatThrownBy(() -> reader.read(bom)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(bom + ":2:").hasMessageContaining("the key 'version' appears twice in one"
                        + " object; a reader and a signature verifier could see different values, so the BOM is"
                        + " refused.");
    }

    @Test
    void trailingDataIsRefused() throws Exception {
        Path bom = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1} {\"extra\":1}");
        assertThatThrownBy(() -> reader.read(bom))
                .hasMessageContaining("there is data after the end of the JSON document.");
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        byte[] prefix = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"metadata\":{\"component\":{\"type\":\"application\",\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}}}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xC3;
        bytes[prefix.length + 1] = (byte) 0x28; // not a continuation byte
        System.arraycopy(suffix, 0, bytes, prefix.length + 2, suffix.length);
        Path bom = temp.resolve("bad-utf8.json");
        Files.write(bom, bytes);
        assertThatThrownBy(() -> reader.read(bom)).hasMessageContaining("the file is not valid UTF-8 (bad byte"
                + " sequence at offset " + prefix.length + ").");
    }

    /** UTF-8 is checked through a small buffer: the offset is still the file's, far into it and at its very end. */
    @Test
    void invalidUtf8IsFoundAnywhereInALargeFile() throws Exception {
        String head = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"metadata\":{\"component\":"
                + "{\"type\":\"application\",\"name\":\"" + "\u00e9".repeat(100_000);
        byte[] prefix = head.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(prefix, prefix.length + 10);
        bytes[prefix.length] = (byte) 0xE2; // a three-byte sequence cut after its first byte
        bytes[prefix.length + 1] = (byte) 0x22;
        Path far = temp.resolve("far.json");
        Files.write(far, bytes);
        assertThatThrownBy(() -> reader.read(far)).hasMessageContaining("the file is not valid UTF-8 (bad byte"
                + " sequence at offset " + prefix.length + ").");
        byte[] cut = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        cut[prefix.length] = (byte) 0xC3; // the file ends inside a two-byte sequence
        Path end = temp.resolve("end.json");
        Files.write(end, cut);
        assertThatThrownBy(() -> reader.read(end)).hasMessageContaining("the file is not valid UTF-8 (bad byte"
                + " sequence at offset " + prefix.length + ").");
    }

    @Test
    void nestingAndSizeLimitsAreEnforced() throws Exception {
        Path deep = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"x\":"
                + "[".repeat(100) + "]".repeat(100) + "}");
        assertThatThrownBy(() -> reader.read(deep)).hasMessageContaining("the JSON exceeds a read limit")
                .hasMessageContaining("nesting depth");
        Path small = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1}");
        assertThatThrownBy(() -> new BomReader(new ReadLimits(10, 64)).read(small))
                .hasMessageContaining("the file is " + Files.size(small) + " bytes, more than the CycloneDX BOM limit of 10"
                        + " bytes. Fix: BOMs of up to a sixteenth of the JVM's heap are read");
        // validate and verify stream the BOM: more heap would not help, a higher limit does
        assertThatThrownBy(() -> new BomReader(new ReadLimits(10, 64)).validate(small))
                .hasMessageContaining("more than the CycloneDX BOM limit of 10 bytes. Fix: This command streams the BOM"
                        + " and needs no more memory for a larger one, but BOMs are read up to a limit (by default a"
                        + " sixteenth of the JVM's heap, here 0 MiB): set it (maxBomSize: Maven aibom.maxBomSize,"
                        + " command line --max-bom-size, Jenkins maxBomSize) if this BOM is genuinely that large.");
        assertThatThrownBy(() -> new BomReader(ReadLimits.of(10L)).readRoot(small, BomReader.ElementSink.NONE))
                .hasMessageContaining("Fix: The limit is set to 10 bytes (maxBomSize: Maven aibom.maxBomSize, command"
                        + " line --max-bom-size, Jenkins maxBomSize); raise it if this BOM is genuinely that large:"
                        + " this command streams the BOM and needs no more memory for a larger one.");
    }

    @Test
    void unsupportedVersionsAndNonBomsAreRefusedClearly() throws Exception {
        Path v18 = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.8\",\"version\":1}");
        assertThatThrownBy(() -> reader.read(v18)).hasMessageContaining("specVersion: CycloneDX 1.8 is not supported;"
                + " aibom reads CycloneDX 1.4, 1.5, 1.6 and 1.7 JSON.");
        Path v13 = write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.3\",\"version\":1}");
        assertThatThrownBy(() -> reader.read(v13)).hasMessageContaining("specVersion: CycloneDX 1.3 is not supported;"
                + " aibom reads CycloneDX 1.4, 1.5, 1.6 and 1.7 JSON.")
                .hasMessageContaining("ask the supplier for a CycloneDX 1.4-1.7 JSON BOM.");
        Path spdx = write("{\"spdxVersion\":\"SPDX-2.3\"}");
        assertThatThrownBy(() -> reader.read(spdx)).hasMessageContaining("this is not a CycloneDX BOM (bomFormat is"
                + " missing).");
        Path array = write("[1,2]");
        assertThatThrownBy(() -> reader.read(array)).hasMessageContaining("a BOM is a JSON object, but this file"
                + " holds a JSON array.");
    }

    /** Public ML-BOM examples, some of which are broken: each is read or refused with a message, never a crash. */
    @dev.aibom.core.NeedsConformance
    @TestFactory
    Stream<DynamicTest> publicMlBomExamplesAreReadOrRefusedCleanly() throws IOException {
        Path dir = TestFiles.conformance().resolve("ml-bom-examples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(dir.relativize(file).toString(), () -> {
            try {
                assertThat(reader.read(file).tree()).isNotNull();
            } catch (InvalidInputException e) {
                assertThat(e.getMessage()).startsWith("Invalid CycloneDX BOM " + file);
            }
        }));
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(temp, "bom", ".json");
        Files.writeString(file, json);
        return file;
    }
}
