package dev.aibom.core.spdx;

import dev.aibom.control.BomView;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.aibom.core.AibomException;
import dev.aibom.control.AibomProperties;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.bom.ToolVersion;
import org.spdx.core.IModelCopyManager;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.ModelCopyManager;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v3_0_1.SpdxModelClassFactoryV3;
import org.spdx.library.model.v3_0_1.ai.AIPackage;
import org.spdx.library.model.v3_0_1.ai.SafetyRiskAssessmentType;
import org.spdx.library.model.v3_0_1.core.Agent;
import org.spdx.library.model.v3_0_1.core.Bom;
import org.spdx.library.model.v3_0_1.core.CreationInfo;
import org.spdx.library.model.v3_0_1.core.Element;
import org.spdx.library.model.v3_0_1.core.ExternalRefType;
import org.spdx.library.model.v3_0_1.core.HashAlgorithm;
import org.spdx.library.model.v3_0_1.core.PresenceType;
import org.spdx.library.model.v3_0_1.core.ProfileIdentifierType;
import org.spdx.library.model.v3_0_1.core.RelationshipCompleteness;
import org.spdx.library.model.v3_0_1.core.RelationshipType;
import org.spdx.library.model.v3_0_1.core.SpdxDocument;
import org.spdx.library.model.v3_0_1.dataset.DatasetPackage;
import org.spdx.library.model.v3_0_1.dataset.DatasetType;
import org.spdx.library.model.v3_0_1.software.SoftwarePurpose;
import org.spdx.library.model.v3_0_1.software.SpdxPackage;
import org.spdx.storage.IModelStore;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.v3jsonldstore.JsonLDStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An AI-BOM as an SPDX 3.0.1 document (JSON-LD), with the AI and Dataset profiles, written with the SPDX project's
 * own Java model ({@code org.spdx:java-spdx-library}) and JSON-LD serializer ({@code spdx-v3jsonld-store}), and
 * validated against the official SPDX 3.0.1 JSON schema that serializer ships. The mapping, field by field, and what
 * SPDX has no place for: docs/spdx-mapping.md.
 *
 * <p>Only what the BOM states goes into the document: nothing is looked up (licences are written as license
 * expressions, so the SPDX library never fetches its licence list), and the document's creation time is the BOM's
 * timestamp, so the same BOM gives the same document.
 */
public final class SpdxExport {
    /** The file name the front ends write by default. */
    public static final String FILE = "aibom.spdx.json";
    private static final Object INIT = new Object();
    private static volatile boolean initialised;
    private static volatile Schema schema;

    private SpdxExport() {
    }

    /** The SPDX 3.0.1 JSON-LD document of a CycloneDX BOM (its JSON tree). */
    public static byte[] export(JsonNode bom) throws AibomException {
        init();
        try (JsonLDStore store = new JsonLDStore(new InMemSpdxStore())) {
            IModelCopyManager copies = new ModelCopyManager();
            String serial = bom.path("serialNumber").asText("");
            String uuid = serial.startsWith("urn:uuid:") ? serial.substring("urn:uuid:".length())
                    : java.util.UUID.nameUUIDFromBytes(BomJson.pretty(bom)).toString();
            String prefix = "https://spdx.org/spdxdocs/aibom-" + uuid + "#";
            Writer writer = new Writer(store, copies, prefix, bom);
            SpdxDocument document = writer.write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.setPretty(true);
            store.serialize(out, document);
            return out.toByteArray();
        } catch (InvalidSPDXAnalysisException | IOException e) {
            throw new AibomException("The SPDX 3.0 document cannot be written: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new AibomException("The SPDX 3.0 document cannot be written: " + e, e);
        }
    }

    /**
     * The references of the BOM's dependency graph and model cards that name nothing in the BOM (no component,
     * service or system has that bom-ref, at any depth), each as "pointer: 'ref'"; empty when all resolve. The SPDX
     * document can only relate what exists, so an export of a BOM with such a reference would lose it silently.
     */
    public static List<String> unresolvedReferences(JsonNode bom) {
        // the same references the control references-resolve judges (BomView), said for the export's error
        return new BomView(bom).unresolvedReferences().stream().map(r -> r.pointer() + ": '" + r.ref()
                + "' is not the bom-ref of anything in the BOM").toList();
    }

    /** Schema errors of an SPDX 3.0.1 JSON-LD document against the official schema; empty when it is valid. */
    public static List<String> validate(byte[] document) throws AibomException {
        try {
            JsonNode tree = BomJson.MAPPER.readTree(document);
            return schema().validate(tree).stream().map(Object::toString).toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    private static Schema schema() throws AibomException {
        Schema loaded = schema;
        if (loaded == null) {
            // the schema the SPDX serializer ships, read through its own class loader
            try (InputStream in = JsonLDStore.class.getResourceAsStream("/resources/schema-v3.0.1.json")) {
                if (in == null) {
                    throw new AibomException("The SPDX 3.0.1 JSON schema is missing from spdx-v3jsonld-store.");
                }
                loaded = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012(),
                        builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)))
                        .getSchema(BomJson.MAPPER.readTree(in));
            } catch (IOException e) {
                throw new AibomException("The SPDX 3.0.1 JSON schema cannot be read: " + e.getMessage(), e);
            }
            schema = loaded;
        }
        return loaded;
    }

    private static void init() {
        if (!initialised) {
            synchronized (INIT) {
                if (!initialised) {
                    SpdxModelFactory.init();
                    initialised = true;
                }
            }
        }
    }

    /** Builds the document from the BOM's JSON tree. */
    private static final class Writer {
        private final IModelStore store;
        private final IModelCopyManager copies;
        private final String prefix;
        private final JsonNode bom;
        private final Set<String> ids = new HashSet<>();
        private final Map<String, Element> byRef = new LinkedHashMap<>();
        private final Map<String, Agent> organizations = new LinkedHashMap<>();
        private SpdxDocument doc;
        private Bom aiBom;

        Writer(IModelStore store, IModelCopyManager copies, String prefix, JsonNode bom) {
            this.store = store;
            this.copies = copies;
            this.prefix = prefix;
            this.bom = bom;
        }

        SpdxDocument write() throws InvalidSPDXAnalysisException {
            JsonNode metadata = bom.path("metadata");
            JsonNode system = metadata.path("component");
            String author = metadata.path("manufacturer").path("name").asText(metadata.path("supplier").path("name")
                    .asText(system.path("supplier").path("name").asText("aibom")));
            CreationInfo creation = SpdxModelClassFactoryV3.createCreationInfo(store, id("creator"), author, copies);
            creation.setCreated(timestamp(metadata.path("timestamp").asText("")));
            creation.getCreatedUsings().add(creation.createTool(id("aibom")).setName("aibom " + ToolVersion.get())
                    .build());
            doc = creation.createSpdxDocument(id("document"))
                    .setName(system.path("name").asText("AI-BOM") + " AI-BOM (from CycloneDX "
                            + bom.path("specVersion").asText() + ")")
                    .setDataLicense(creation.createLicenseExpression(id("data-license"))
                            .setLicenseExpression("CC0-1.0").build())
                    .addProfileConformance(ProfileIdentifierType.CORE)
                    .addProfileConformance(ProfileIdentifierType.SOFTWARE)
                    .addProfileConformance(ProfileIdentifierType.SIMPLE_LICENSING)
                    .addProfileConformance(ProfileIdentifierType.AI)
                    .addProfileConformance(ProfileIdentifierType.DATASET)
                    .build();
            aiBom = doc.createBom(id("aibom-bom"))
                    .setName(system.path("name").asText("AI system"))
                    .addProfileConformance(ProfileIdentifierType.CORE)
                    .addProfileConformance(ProfileIdentifierType.SOFTWARE)
                    .addProfileConformance(ProfileIdentifierType.AI)
                    .addProfileConformance(ProfileIdentifierType.DATASET)
                    .build();
            add(aiBom);
            doc.getRootElements().add(aiBom);

            SpdxPackage application = null;
            if (system.isObject()) {
                application = doc.createSpdxPackage(id("system-" + system.path("name").asText("system")))
                        .setName(system.path("name").asText("AI system"))
                        .setPrimaryPurpose(SoftwarePurpose.APPLICATION)
                        .build();
                set(text(system, "version"), application::setPackageVersion);
                set(text(system, "description"), application::setDescription);
                set(supplier(system), application::setSuppliedBy);
                add(application);
                aiBom.getRootElements().add(application);
                byRef.put(system.path("bom-ref").asText(""), application);
            }
            String risk = property(system, AibomProperties.SYSTEM_RISK_LEVEL).orElse("");
            for (JsonNode component : bom.path("components")) {
                switch (component.path("type").asText()) {
                    case "machine-learning-model" -> model(component, risk);
                    case "data" -> dataset(component);
                    default -> software(component);
                }
            }
            for (JsonNode service : bom.path("services")) {
                SpdxPackage pkg = doc.createSpdxPackage(id("service-" + service.path("name").asText("service")))
                        .setName(service.path("name").asText("service"))
                        .setPrimaryPurpose(SoftwarePurpose.OTHER)
                        .setSummary("a service the AI system calls (CycloneDX service)")
                        .build();
                set(text(service, "version"), pkg::setPackageVersion);
                set(text(service, "description"), pkg::setDescription);
                set(organization(service.path("provider")), pkg::setSuppliedBy);
                add(pkg);
                byRef.put(service.path("bom-ref").asText(""), pkg);
            }
            relationships();
            return doc;
        }

        private void model(JsonNode component, String risk) throws InvalidSPDXAnalysisException {
            JsonNode card = component.path("modelCard");
            AIPackage.AIPackageBuilder builder = doc.createAIPackage(id("model-" + component.path("name").asText()))
                    .setName(component.path("name").asText())
                    .setPrimaryPurpose(SoftwarePurpose.MODEL);
            text(component, "version").ifPresent(builder::setPackageVersion);
            text(component, "description").ifPresent(builder::setDescription);
            text(component, "purl").ifPresent(builder::setPackageUrl);
            distribution(component).ifPresent(builder::setDownloadLocation);
            supplier(component).ifPresent(builder::setSuppliedBy);
            JsonNode parameters = card.path("modelParameters");
            text(parameters, "task").ifPresent(builder::addDomain);
            text(parameters, "architectureFamily").ifPresent(builder::addTypeOfModel);
            text(parameters, "modelArchitecture").ifPresent(builder::addTypeOfModel);
            text(parameters.path("approach"), "type").ifPresent(approach -> builder.setInformationAboutTraining(
                    "approach: " + approach));
            List<String> limitations = new ArrayList<>();
            card.path("considerations").path("technicalLimitations").forEach(l -> limitations.add(l.asText()));
            if (!limitations.isEmpty()) {
                builder.setLimitation(String.join("; ", limitations));
            }
            List<String> uses = new ArrayList<>();
            card.path("considerations").path("useCases").forEach(u -> uses.add(u.asText()));
            if (!uses.isEmpty()) {
                builder.setInformationAboutApplication(String.join("; ", uses));
            }
            for (JsonNode metric : card.path("quantitativeAnalysis").path("performanceMetrics")) {
                if (metric.hasNonNull("type") && metric.hasNonNull("value")) {
                    builder.addMetric(doc.createDictionaryEntry(anonymous()).setKey(metric.path("type").asText())
                            .setValue(metric.path("value").asText()).build());
                }
            }
            safety(risk).ifPresent(builder::setSafetyRiskAssessment);
            builder.setAutonomyType(PresenceType.NO_ASSERTION);
            builder.setUseSensitivePersonalInformation(PresenceType.NO_ASSERTION);
            if (bom.has("declarations")) {
                builder.addStandardCompliance("ISO/IEC 42001:2023 (declared in the CycloneDX BOM's declarations)");
            }
            AIPackage model = builder.build();
            component(component, model);
        }

        private void dataset(JsonNode component) throws InvalidSPDXAnalysisException {
            DatasetPackage.DatasetPackageBuilder builder = doc.createDatasetPackage(id("dataset-"
                            + component.path("name").asText()))
                    .setName(component.path("name").asText())
                    .setPrimaryPurpose(SoftwarePurpose.DATA)
                    .addDatasetType(DatasetType.NO_ASSERTION);
            text(component, "version").ifPresent(builder::setPackageVersion);
            text(component, "description").ifPresent(builder::setDescription);
            distribution(component).ifPresent(builder::setDownloadLocation);
            supplier(component).ifPresent(builder::setSuppliedBy);
            property(component, AibomProperties.DATA_COLLECTION_PROCESS).ifPresent(builder::setDataCollectionProcess);
            JsonNode data = component.path("data").path(0);
            text(data, "description").ifPresent(builder::setIntendedUse);
            boolean sensitive = data.path("sensitiveData").size() > 0;
            String personal = property(component, AibomProperties.DATA_PERSONAL_DATA).orElse("");
            builder.setHasSensitivePersonalInformation(sensitive || personal.equals("true") ? PresenceType.YES
                    : personal.equals("false") ? PresenceType.NO : PresenceType.NO_ASSERTION);
            DatasetPackage dataset = builder.build();
            component(component, dataset);
        }

        private void software(JsonNode component) throws InvalidSPDXAnalysisException {
            SpdxPackage pkg = doc.createSpdxPackage(id("component-" + component.path("name").asText()))
                    .setName(component.path("name").asText("component"))
                    .setPrimaryPurpose(component.path("type").asText().equals("library") ? SoftwarePurpose.LIBRARY
                            : SoftwarePurpose.OTHER)
                    .build();
            set(text(component, "version"), pkg::setPackageVersion);
            set(text(component, "purl"), pkg::setPackageUrl);
            set(supplier(component), pkg::setSuppliedBy);
            component(component, pkg);
        }

        /** CycloneDX dependencies as dependsOn; a model card's datasets as trainedOn. */
        private void relationships() throws InvalidSPDXAnalysisException {
            for (JsonNode dependency : bom.path("dependencies")) {
                Element from = byRef.get(dependency.path("ref").asText());
                List<Element> to = new ArrayList<>();
                dependency.path("dependsOn").forEach(ref -> Optional.ofNullable(byRef.get(ref.asText()))
                        .ifPresent(to::add));
                if (from != null && !to.isEmpty()) {
                    relationship(from, RelationshipType.DEPENDS_ON, to);
                }
            }
            for (JsonNode component : bom.path("components")) {
                Element model = byRef.get(component.path("bom-ref").asText());
                List<Element> datasets = new ArrayList<>();
                component.path("modelCard").path("modelParameters").path("datasets").forEach(d ->
                        Optional.ofNullable(byRef.get(d.path("ref").asText())).ifPresent(datasets::add));
                if (model != null && !datasets.isEmpty()) {
                    relationship(model, RelationshipType.TRAINED_ON, datasets);
                }
            }
        }

        private void relationship(Element from, RelationshipType type, List<Element> to)
                throws InvalidSPDXAnalysisException {
            var builder = doc.createRelationship(id("rel-" + type.name().toLowerCase(Locale.ROOT) + "-"
                            + from.getName().orElse("element")))
                    .setFrom(from).setRelationshipType(type).setCompleteness(RelationshipCompleteness.NO_ASSERTION);
            for (Element element : to) {
                builder.addTo(element);
            }
            add(builder.build());
        }

        /** A package made from a BOM component: its hashes and licence, in the document, found by its bom-ref. */
        private void component(JsonNode component, Element element) throws InvalidSPDXAnalysisException {
            hashes(component, element);
            add(element);
            byRef.put(component.path("bom-ref").asText(""), element);
            license(component, element);
        }

        private void hashes(JsonNode component, Element element) throws InvalidSPDXAnalysisException {
            for (JsonNode hash : component.path("hashes")) {
                HashAlgorithm algorithm = switch (hash.path("alg").asText()) {
                    case "SHA-256" -> HashAlgorithm.SHA256;
                    case "SHA-384" -> HashAlgorithm.SHA384;
                    case "SHA-512" -> HashAlgorithm.SHA512;
                    case "SHA3-256" -> HashAlgorithm.SHA3_256;
                    case "SHA3-512" -> HashAlgorithm.SHA3_512;
                    case "SHA-1" -> HashAlgorithm.SHA1;
                    case "MD5" -> HashAlgorithm.MD5;
                    default -> null;
                };
                if (algorithm != null) {
                    element.getVerifiedUsings().add(doc.createHash(anonymous()).setAlgorithm(algorithm)
                            .setHashValue(hash.path("content").asText().toLowerCase(Locale.ROOT)).build());
                }
            }
        }

        /** The component's licences as one SPDX license expression (declared licence). */
        private void license(JsonNode component, Element element) throws InvalidSPDXAnalysisException {
            List<String> parts = new ArrayList<>();
            for (JsonNode license : component.path("licenses")) {
                if (license.has("expression")) {
                    parts.add(license.path("expression").asText());
                } else if (license.path("license").has("id")) {
                    parts.add(license.path("license").path("id").asText());
                }
            }
            if (parts.isEmpty()) {
                return;
            }
            String expression = parts.size() == 1 ? parts.get(0) : "(" + String.join(") AND (", parts) + ")";
            var licence = doc.createLicenseExpression(id("license-" + element.getName().orElse("element")))
                    .setLicenseExpression(expression).build();
            add(licence);
            relationship(element, RelationshipType.HAS_DECLARED_LICENSE, List.of(licence));
        }

        private Optional<Agent> supplier(JsonNode component) throws InvalidSPDXAnalysisException {
            return organization(component.path("supplier"));
        }

        private Optional<Agent> organization(JsonNode entity) throws InvalidSPDXAnalysisException {
            String name = entity.path("name").asText("");
            if (name.isBlank()) {
                return Optional.empty();
            }
            Agent known = organizations.get(name);
            if (known == null) {
                var builder = doc.createOrganization(id("organization-" + name)).setName(name);
                known = builder.build();
                for (JsonNode url : entity.path("url")) {
                    known.getExternalRefs().add(doc.createExternalRef(anonymous())
                            .setExternalRefType(ExternalRefType.ALT_WEB_PAGE).addLocator(url.asText()).build());
                }
                add(known);
                organizations.put(name, known);
            }
            return Optional.of(known);
        }

        private Optional<String> distribution(JsonNode component) {
            for (JsonNode reference : component.path("externalReferences")) {
                if ("distribution".equals(reference.path("type").asText())) {
                    return Optional.of(reference.path("url").asText());
                }
            }
            return Optional.empty();
        }

        private static Optional<SafetyRiskAssessmentType> safety(String risk) {
            return switch (risk.trim().toLowerCase(Locale.ROOT)) {
                case "unacceptable", "serious", "critical" -> Optional.of(SafetyRiskAssessmentType.SERIOUS);
                case "high" -> Optional.of(SafetyRiskAssessmentType.HIGH);
                case "medium", "limited" -> Optional.of(SafetyRiskAssessmentType.MEDIUM);
                case "low", "minimal" -> Optional.of(SafetyRiskAssessmentType.LOW);
                default -> Optional.empty();
            };
        }

        private void add(Element element) {
            doc.getElements().add(element);
            if (aiBom != null && element != aiBom) {
                aiBom.getElements().add(element);
            }
        }

        /** An SPDX id in the document's namespace, unique, from a readable name. */
        private String id(String name) {
            String base = name.replaceAll("[^A-Za-z0-9.\\-]+", "-").replaceAll("^-+|-+$", "");
            String candidate = base.isEmpty() ? "element" : base;
            int n = 2;
            while (!ids.add(candidate)) {
                candidate = base + "-" + n++;
            }
            return prefix + candidate;
        }

        private String anonymous() throws InvalidSPDXAnalysisException {
            return store.getNextId(IModelStore.IdType.Anonymous);
        }

        /** A setter of the SPDX model, which may throw. */
        private interface Setter<T> {
            void set(T value) throws InvalidSPDXAnalysisException;
        }

        private static <T> void set(Optional<T> value, Setter<T> setter) throws InvalidSPDXAnalysisException {
            if (value.isPresent()) {
                setter.set(value.get());
            }
        }

        private static Optional<String> text(JsonNode node, String field) {
            String value = node.path(field).asText("");
            return value.isBlank() ? Optional.empty() : Optional.of(value);
        }

        private static Optional<String> property(JsonNode node, String name) {
            for (JsonNode property : node.path("properties")) {
                if (name.equals(property.path("name").asText())) {
                    return Optional.of(property.path("value").asText());
                }
            }
            return Optional.empty();
        }

        /** SPDX 3 wants {@code YYYY-MM-DDThh:mm:ssZ}. */
        private static String timestamp(String cyclonedx) {
            try {
                return java.time.format.DateTimeFormatter.ISO_INSTANT.format(java.time.Instant.parse(cyclonedx)
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            } catch (java.time.format.DateTimeParseException e) {
                return "1970-01-01T00:00:00Z";
            }
        }
    }
}
