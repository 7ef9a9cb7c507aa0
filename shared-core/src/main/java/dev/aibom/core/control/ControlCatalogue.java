package dev.aibom.core.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.aibom.core.bom.AibomProperties;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.license.SpdxLicenses;
import dev.aibom.core.sign.SignerResult;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every built-in control, in one place: id, ISO/IEC 42001 Annex A mapping, default severity, parameters and the
 * check itself. {@code docs/controls.md} documents the same catalogue for people.
 */
public final class ControlCatalogue {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, ControlDefinition> CONTROLS = new LinkedHashMap<>();

    static {
        // ---- the AI system (A.5, A.9) ----
        define("system-intended-use", "Intended use is declared", Family.SYSTEM, List.of("A.9.4"), Severity.ERROR,
                "The system states what it is for and what it must not be used for (aibom:system:intendedUse).",
                List.of(), ControlCatalogue::systemIntendedUse);
        define("system-high-risk-evidence", "High-risk systems reference an impact assessment and human oversight",
                Family.SYSTEM, List.of("A.5.2", "A.5.3", "A.9.2"), Severity.ERROR,
                "For riskLevel high: an AI system impact assessment and the human-oversight measures are referenced.",
                List.of(), ControlCatalogue::systemHighRiskEvidence);
        defineFixed("system-risk-acceptable", "The system's risk is not unacceptable", Family.SYSTEM,
                List.of("A.5.2"), "A system whose risk level is 'unacceptable' always fails; this cannot be"
                        + " disabled, lowered or waived.", ControlCatalogue::systemRiskAcceptable);

        // ---- suppliers (A.10.2, A.10.3) ----
        define("supplier-declared", "Every model, dataset and service names its supplier", Family.SUPPLIER,
                List.of("A.10.2"), Severity.ERROR, "Each component has a supplier, manufacturer or provider.",
                List.of(), ControlCatalogue::supplierDeclared);
        define("supplier-registered", "The supplier is in the supplier register", Family.SUPPLIER,
                List.of("A.10.3"), Severity.ERROR, "The supplier matches a supplier register entry by aibom id, name"
                        + " or alias, or web address.", List.of(), ControlCatalogue::supplierRegistered);
        define("supplier-status", "The supplier's status allows use", Family.SUPPLIER, List.of("A.10.3"),
                Severity.ERROR, "The registered status is one of the allowed ones.",
                List.of(new Parameter("allowed", Parameter.Shape.STRING_LIST, strings("approved", "conditional"),
                        "supplier statuses that allow use")), ControlCatalogue::supplierStatus);
        define("supplier-assessment-current", "The supplier assessment is current", Family.SUPPLIER,
                List.of("A.10.3"), Severity.WARNING, "The last assessment plus the re-assessment interval (or the"
                        + " approval's expiry) is not in the past.", List.of(), ControlCatalogue::supplierAssessment);
        define("supplier-certifications", "The supplier holds the required certifications", Family.SUPPLIER,
                List.of("A.10.3"), Severity.WARNING, "Certifications required for the system's risk level (or"
                        + " 'default') are listed for the supplier.",
                List.of(new Parameter("required", Parameter.Shape.LIST_MAP, JSON.objectNode()
                        .set("high", strings("ISO/IEC 42001")), "risk level (or default) -> certifications")),
                ControlCatalogue::supplierCertifications);
        define("supplier-approved-for-type", "The supplier is approved for this kind of component", Family.SUPPLIER,
                List.of("A.10.3"), Severity.ERROR, "The register approves the supplier for models, datasets or"
                        + " services, as the component is.", List.of(), ControlCatalogue::supplierApprovedForType);
        define("supplier-bom-signed", "A supplier's BOM is signed with a key registered for that supplier",
                Family.SUPPLIER, List.of("A.10.3"), Severity.ERROR, "In a review of a supplier's BOM, the BOM has a"
                        + " valid signature by a public key the register lists for the BOM's supplier.", List.of(),
                ControlCatalogue::supplierBomSigned);

        // ---- life cycle (A.6.2) ----
        define("model-lifecycle-allowed", "The model's life-cycle stage allows use", Family.LIFECYCLE,
                List.of("A.6.2.5", "A.6.2.6"), Severity.ERROR, "aibom:model:lifecycle is one of the allowed stages"
                        + " (deprecated and retired fail by default).",
                List.of(new Parameter("allowed", Parameter.Shape.STRING_LIST,
                        strings("validated", "approved", "deployed"), "life-cycle stages that allow use")),
                ControlCatalogue::modelLifecycle);
        define("model-verification-evidence", "Verification and validation evidence is recorded", Family.LIFECYCLE,
                List.of("A.6.2.4"), Severity.WARNING, "The model card has performance metrics; optional thresholds"
                        + " per metric type (minimum values) must be met by every measurement of that type.",
                List.of(new Parameter("thresholds", Parameter.Shape.NUMBER_MAP, JSON.objectNode(),
                        "metric type -> minimum value")), ControlCatalogue::modelVerification);
        define("model-approval", "The model's release approval is recorded and recent", Family.LIFECYCLE,
                List.of("A.6.2.5"), Severity.ERROR, "An approval by a named person in a role, not older than"
                        + " maxAgeDays; if roles are listed, by one of them.",
                List.of(new Parameter("maxAgeDays", Parameter.Shape.INTEGER, JSON.numberNode(365),
                                "how old an approval may be"),
                        new Parameter("roles", Parameter.Shape.STRING_LIST, JSON.arrayNode(),
                                "roles that may approve (any when empty)")), ControlCatalogue::modelApproval);
        define("model-documentation", "Technical documentation (model card) is complete", Family.LIFECYCLE,
                List.of("A.6.2.7"), Severity.WARNING, "The model card has the required fields.",
                List.of(new Parameter("required", Parameter.Shape.STRING_LIST,
                        strings("task", "architecture", "limitations", "useCases"),
                        "of task, architecture, datasets, limitations, useCases, users, ethicalConsiderations")),
                ControlCatalogue::modelDocumentation);

        // ---- data (A.7) ----
        define("data-provenance", "Data provenance is recorded", Family.DATA, List.of("A.7.5"), Severity.WARNING,
                "The dataset says where it came from and who owns or keeps it.", List.of(),
                ControlCatalogue::dataProvenance);
        define("data-license", "The data acquisition licence is recorded", Family.DATA, List.of("A.7.3"),
                Severity.WARNING, "The dataset names its licence.", List.of(), ControlCatalogue::dataLicense);
        define("data-quality", "Data quality evidence is recorded", Family.DATA, List.of("A.7.4"), Severity.WARNING,
                "The dataset lists the quality checks performed (aibom:data:qualityCheck).", List.of(),
                ControlCatalogue::dataQuality);
        define("data-personal", "Personal data is declared with classification and lawful basis", Family.DATA,
                List.of("A.7.3", "A.7.5"), Severity.ERROR, "Whether the dataset holds personal data is declared;"
                        + " if it does, it is classified and has a lawful basis.", List.of(),
                ControlCatalogue::dataPersonal);

        // ---- integrity and licensing ----
        define("hashes-present", "Every model and dataset has a SHA-256 or stronger hash", Family.INTEGRITY,
                List.of("A.6.2.3"), Severity.ERROR, "So that the deployed artefacts can be checked against the BOM.",
                List.of(), ControlCatalogue::hashesPresent);
        define("hashes-match", "The files match their hashes", Family.INTEGRITY, List.of("A.6.2.3"), Severity.ERROR,
                "When the files are at hand, every recorded file exists with the recorded digests and recorded"
                        + " folders hold no unlisted files.", List.of(), ControlCatalogue::hashesMatch);
        define("bom-signed", "The BOM is signed by a trusted key", Family.INTEGRITY, List.of("A.10.3"),
                Severity.WARNING, "Every root signature is valid and made with a trusted key or certificate.",
                List.of(), ControlCatalogue::bomSigned);
        define("license-allowed", "Licences are allowed", Family.INTEGRITY, List.of("A.10.3", "A.7.3"),
                Severity.ERROR, "No licence id in a component's licence is denied; when an allow list is given,"
                        + " every id is on it.",
                List.of(new Parameter("allow", Parameter.Shape.STRING_LIST, JSON.arrayNode(),
                                "SPDX ids allowed (any when empty)"),
                        new Parameter("deny", Parameter.Shape.STRING_LIST, JSON.arrayNode(), "SPDX ids denied")),
                ControlCatalogue::licenseAllowed);
    }

    private ControlCatalogue() {
    }

    public static Map<String, ControlDefinition> all() {
        return java.util.Collections.unmodifiableMap(CONTROLS);
    }

    public static Optional<ControlDefinition> get(String id) {
        return Optional.ofNullable(CONTROLS.get(id));
    }

    private static void define(String id, String title, Family family, List<String> annexA, Severity severity,
                               String description, List<Parameter> parameters, Control control) {
        CONTROLS.put(id, new ControlDefinition(id, title, family, annexA, severity, false, description, parameters,
                control));
    }

    private static void defineFixed(String id, String title, Family family, List<String> annexA, String description,
                                    Control control) {
        CONTROLS.put(id, new ControlDefinition(id, title, family, annexA, Severity.ERROR, true, description,
                List.of(), control));
    }

    private static JsonNode strings(String... values) {
        var array = JSON.arrayNode();
        Arrays.stream(values).forEach(array::add);
        return array;
    }

    // ------------------------------------------------------------------ the AI system

    private static void systemIntendedUse(EvaluationContext context, ControlSettings settings, Findings findings) {
        BomView.Item system = context.bom().system();
        Optional<String> declared = system.property(AibomProperties.SYSTEM_INTENDED_USE).filter(v -> !v.isBlank());
        if (declared.isPresent()) {
            findings.pass(system, "system '" + system.name() + "' declares its intended use", pointerOfProperty(system,
                    AibomProperties.SYSTEM_INTENDED_USE));
            return;
        }
        // a supplier BOM without aibom properties may still state use cases in its model cards
        for (BomView.Item model : context.bom().items(BomView.MODEL)) {
            if (model.node().at("/modelCard/considerations/useCases").size() > 0) {
                findings.pass(system, "system '" + system.name() + "' states use cases in the model card of "
                        + model.label(), model.pointer() + "/modelCard/considerations/useCases");
                return;
            }
        }
        findings.fail(system, "system '" + system.name() + "' does not declare its intended use (set intendedUse)",
                system.pointer());
    }

    private static void systemHighRiskEvidence(EvaluationContext context, ControlSettings settings, Findings findings) {
        BomView.Item system = context.bom().system();
        if (!context.riskLevel().map("high"::equals).orElse(false)) {
            findings.notApplicable(system, "system '" + system.name() + "' is not declared high-risk");
            return;
        }
        List<String> missing = new ArrayList<>();
        boolean assessment = system.property(AibomProperties.SYSTEM_IMPACT_ASSESSMENT).filter(v -> !v.isBlank())
                .isPresent() || hasExternalReference(system.node(), "risk-assessment");
        if (!assessment) {
            missing.add("an impact assessment (impactAssessment)");
        }
        if (system.property(AibomProperties.SYSTEM_HUMAN_OVERSIGHT).filter(v -> !v.isBlank()).isEmpty()) {
            missing.add("human-oversight measures (humanOversight)");
        }
        findings.check(system, missing.isEmpty(), "high-risk system '" + system.name() + "' references its impact"
                        + " assessment and human oversight",
                "high-risk system '" + system.name() + "' does not reference " + String.join(" or ", missing),
                system.pointer());
    }

    private static void systemRiskAcceptable(EvaluationContext context, ControlSettings settings, Findings findings) {
        BomView.Item system = context.bom().system();
        Optional<String> level = context.riskLevel();
        if (level.isEmpty()) {
            findings.notApplicable(system, "system '" + system.name() + "' declares no risk level");
        } else {
            findings.check(system, !level.get().equals("unacceptable"), "system '" + system.name() + "' has risk level "
                    + level.get(), "system '" + system.name() + "' has risk level unacceptable: it must not be built"
                    + " or used", pointerOfProperty(system, AibomProperties.SYSTEM_RISK_LEVEL));
        }
    }

    // ------------------------------------------------------------------ suppliers

    private static void supplierDeclared(EvaluationContext context, ControlSettings settings, Findings findings) {
        for (BomView.Item item : context.bom().items()) {
            findings.check(item, !item.supplierName().isBlank(),
                    item.label() + " names supplier '" + item.supplierName() + "'",
                    item.label() + " names no supplier", item.pointer() + "/" + supplierField(item));
        }
    }

    private static void supplierRegistered(EvaluationContext context, ControlSettings settings, Findings findings) {
        forRegistered(context, findings, (item, supplier) -> findings.pass(item, item.label() + " supplier '"
                + item.supplierName() + "' is registered as '" + supplier.id() + "'", supplierPointer(item)), true);
    }

    private static void supplierStatus(EvaluationContext context, ControlSettings settings, Findings findings) {
        List<String> allowed = settings.strings("allowed");
        forRegistered(context, findings, (item, supplier) -> findings.check(item,
                allowed.contains(supplier.status().value()),
                item.label() + " supplier '" + supplier.displayName() + "' is " + supplier.status().value(),
                item.label() + " supplier '" + supplier.displayName() + "' is " + supplier.status().value()
                        + " (allowed: " + String.join(", ", allowed) + ")", supplierPointer(item)));
    }

    private static void supplierAssessment(EvaluationContext context, ControlSettings settings, Findings findings) {
        forRegistered(context, findings, (item, supplier) -> {
            Optional<LocalDate> until = supplier.assessmentValidUntil();
            if (until.isEmpty()) {
                findings.fail(item, item.label() + " supplier '" + supplier.displayName() + "' has no re-assessment"
                        + " interval or expiry in the register", supplierPointer(item));
            } else {
                findings.check(item, !until.get().isBefore(context.today()),
                        item.label() + " supplier '" + supplier.displayName() + "' assessment is valid until "
                                + until.get(),
                        item.label() + " supplier '" + supplier.displayName() + "' assessment expired on " + until.get()
                                + " (last assessed " + supplier.lastAssessment() + ")", supplierPointer(item));
            }
        });
    }

    private static void supplierCertifications(EvaluationContext context, ControlSettings settings,
                                               Findings findings) {
        Map<String, List<String>> required = settings.lists("required");
        List<String> needed = required.getOrDefault(context.riskLevel().orElse("default"),
                required.getOrDefault("default", List.of()));
        forRegistered(context, findings, (item, supplier) -> {
            if (needed.isEmpty()) {
                findings.notApplicable(item, "no certifications are required for risk level "
                        + context.riskLevel().orElse("(none)"));
                return;
            }
            Set<String> held = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            held.addAll(supplier.certifications());
            List<String> lacking = needed.stream().filter(c -> !held.contains(c)).toList();
            findings.check(item, lacking.isEmpty(),
                    item.label() + " supplier '" + supplier.displayName() + "' holds " + String.join(", ", needed),
                    item.label() + " supplier '" + supplier.displayName() + "' lacks " + String.join(", ", lacking)
                            + " (required for risk level " + context.riskLevel().orElse("default") + ")",
                    supplierPointer(item));
        });
    }

    private static void supplierApprovedForType(EvaluationContext context, ControlSettings settings,
                                                Findings findings) {
        forRegistered(context, findings, (item, supplier) -> findings.check(item,
                supplier.approvedFor().contains(item.kind()),
                item.label() + " supplier '" + supplier.displayName() + "' is approved for " + item.kind() + "s",
                item.label() + " supplier '" + supplier.displayName() + "' is not approved for " + item.kind()
                        + "s (approved for: " + (supplier.approvedFor().isEmpty() ? "nothing"
                        : String.join(", ", new TreeSet<>(supplier.approvedFor()))) + ")", supplierPointer(item)));
    }

    private static void supplierBomSigned(EvaluationContext context, ControlSettings settings, Findings findings) {
        BomView.Item bom = new BomView.Item("bom", "", "BOM", "", context.bom().tree());
        if (!context.supplierBom()) {
            findings.notApplicable(bom, "the BOM is not under supplier review");
            return;
        }
        if (context.register().isEmpty()) {
            findings.error(bom, "cannot check the supplier's signature: no supplier register is configured");
            return;
        }
        JsonNode metadata = context.bom().tree().path("metadata");
        JsonNode entity = metadata.path("supplier").has("name") ? metadata.path("supplier")
                : metadata.path("manufacturer").has("name") ? metadata.path("manufacturer")
                : metadata.path("component").path("supplier");
        String supplierName = entity.path("name").asText("");
        Optional<RegisteredSupplier> supplier = context.register().get().match(entity);
        if (supplier.isEmpty()) {
            findings.fail(bom, "the BOM's supplier '" + supplierName + "' is not in the supplier register, so no key"
                    + " is registered for it", "/metadata/supplier");
            return;
        }
        if (context.signatures().isEmpty() || !context.signatures().get().signed()) {
            findings.fail(bom, "the BOM of supplier '" + supplier.get().displayName() + "' is not signed",
                    "/signature");
            return;
        }
        Set<String> registered = new java.util.HashSet<>();
        supplier.get().publicKeys().forEach(key -> registered.add(fingerprint(key)));
        boolean byRegisteredKey = false;
        for (SignerResult signer : context.signatures().get().rootSigners()) {
            if (signer.valid() && signer.keyFingerprint().map(registered::contains).orElse(false)) {
                byRegisteredKey = true;
            }
        }
        findings.check(bom, byRegisteredKey, "the BOM is signed with a key registered for supplier '"
                        + supplier.get().displayName() + "'",
                "the BOM of supplier '" + supplier.get().displayName() + "' is not signed with a key registered for"
                        + " it" + (registered.isEmpty() ? " (the register lists no keys for it)" : ""), "/signature");
    }

    private interface RegisteredCheck {
        void check(BomView.Item item, RegisteredSupplier supplier);
    }

    /**
     * Runs {@code check} for items whose supplier is registered. Only supplier-registered itself fails an unregistered
     * supplier; the controls that need a register entry say they do not apply, so one gap is reported once.
     */
    private static void forRegistered(EvaluationContext context, Findings findings, RegisteredCheck check) {
        forRegistered(context, findings, check, false);
    }

    private static void forRegistered(EvaluationContext context, Findings findings, RegisteredCheck check,
                                      boolean failUnregistered) {
        for (BomView.Item item : context.bom().items()) {
            if (context.register().isEmpty()) {
                findings.notApplicable(item, "no supplier register is configured");
            } else if (item.supplierName().isBlank() && item.property(AibomProperties.SUPPLIER_ID).isEmpty()) {
                if (failUnregistered) {
                    findings.fail(item, item.label() + " names no supplier, so it cannot be matched to the register",
                            item.pointer());
                } else {
                    findings.notApplicable(item, item.label() + " names no supplier (see supplier-declared)");
                }
            } else {
                Optional<RegisteredSupplier> supplier = context.register().get().match(item);
                if (supplier.isPresent()) {
                    check.check(item, supplier.get());
                } else if (failUnregistered) {
                    findings.fail(item, item.label() + " supplier '" + item.supplierName() + "' is not in the"
                            + " supplier register", supplierPointer(item));
                } else {
                    findings.notApplicable(item, item.label() + " supplier '" + item.supplierName() + "' is not in"
                            + " the supplier register (see supplier-registered)");
                }
            }
        }
    }

    // ------------------------------------------------------------------ life cycle

    private static void modelLifecycle(EvaluationContext context, ControlSettings settings, Findings findings) {
        List<String> allowed = settings.strings("allowed");
        for (BomView.Item model : context.bom().items(BomView.MODEL)) {
            Optional<String> stage = model.property(AibomProperties.MODEL_LIFECYCLE);
            if (stage.isEmpty()) {
                findings.fail(model, model.label() + " records no life-cycle stage (aibom:model:lifecycle)",
                        model.pointer());
            } else {
                findings.check(model, allowed.contains(stage.get()),
                        model.label() + " is " + stage.get(),
                        model.label() + " is " + stage.get() + " (allowed: " + String.join(", ", allowed) + ")",
                        pointerOfProperty(model, AibomProperties.MODEL_LIFECYCLE));
            }
        }
    }

    private static void modelVerification(EvaluationContext context, ControlSettings settings, Findings findings) {
        Map<String, Double> thresholds = settings.numbers("thresholds");
        for (BomView.Item model : context.bom().items(BomView.MODEL)) {
            JsonNode metrics = model.node().at("/modelCard/quantitativeAnalysis/performanceMetrics");
            String at = model.pointer() + "/modelCard/quantitativeAnalysis/performanceMetrics";
            if (metrics.isMissingNode() || metrics.isEmpty()) {
                findings.fail(model, model.label() + " records no performance metrics", model.pointer()
                        + "/modelCard");
                continue;
            }
            List<String> below = new ArrayList<>();
            for (Map.Entry<String, Double> threshold : thresholds.entrySet()) {
                boolean measured = false;
                for (JsonNode metric : metrics) {
                    if (threshold.getKey().equalsIgnoreCase(metric.path("type").asText())) {
                        measured = true;
                        try {
                            double value = Double.parseDouble(metric.path("value").asText());
                            if (value < threshold.getValue()) {
                                below.add(metric.path("type").asText() + " " + metric.path("value").asText()
                                        + slice(metric) + " is below " + format(threshold.getValue()));
                            }
                        } catch (NumberFormatException e) {
                            below.add(metric.path("type").asText() + " '" + metric.path("value").asText()
                                    + "' is not a number");
                        }
                    }
                }
            }
            findings.check(model, below.isEmpty(), model.label() + " records " + metrics.size()
                    + " performance metric(s)" + (thresholds.isEmpty() ? "" : " meeting the thresholds"),
                    model.label() + ": " + String.join("; ", below), at);
        }
    }

    private static void modelApproval(EvaluationContext context, ControlSettings settings, Findings findings) {
        long maxAge = settings.integer("maxAgeDays");
        List<String> roles = settings.strings("roles");
        for (BomView.Item model : context.bom().items(BomView.MODEL)) {
            List<String> problems = new ArrayList<>();
            boolean approved = false;
            for (int i = 0; ; i++) {
                Optional<String> by = model.property(AibomProperties.MODEL_APPROVAL + i + ":by");
                if (by.isEmpty()) {
                    break;
                }
                String role = model.property(AibomProperties.MODEL_APPROVAL + i + ":role").orElse("");
                String dateText = model.property(AibomProperties.MODEL_APPROVAL + i + ":date").orElse("");
                try {
                    LocalDate date = LocalDate.parse(dateText);
                    if (!roles.isEmpty() && roles.stream().noneMatch(r -> r.equalsIgnoreCase(role))) {
                        problems.add("approval by " + by.get() + " (" + role + ") is not by one of the roles "
                                + String.join(", ", roles));
                    } else if (date.plusDays(maxAge).isBefore(context.today())) {
                        problems.add("approval by " + by.get() + " on " + date + " is older than " + maxAge + " days");
                    } else if (role.isBlank()) {
                        problems.add("approval by " + by.get() + " names no role");
                    } else {
                        approved = true;
                    }
                } catch (DateTimeParseException e) {
                    problems.add("approval by " + by.get() + " has no valid date");
                }
            }
            if (approved) {
                findings.pass(model, model.label() + " has a current approval", model.pointer() + "/properties");
            } else {
                findings.fail(model, model.label() + (problems.isEmpty() ? " records no approval"
                        : ": " + String.join("; ", problems)), model.pointer() + "/properties");
            }
        }
    }

    private static void modelDocumentation(EvaluationContext context, ControlSettings settings, Findings findings) {
        Map<String, String> fields = Map.of(
                "task", "/modelCard/modelParameters/task",
                "architecture", "/modelCard/modelParameters/modelArchitecture",
                "datasets", "/modelCard/modelParameters/datasets",
                "limitations", "/modelCard/considerations/technicalLimitations",
                "useCases", "/modelCard/considerations/useCases",
                "users", "/modelCard/considerations/users",
                "ethicalConsiderations", "/modelCard/considerations/ethicalConsiderations");
        for (BomView.Item model : context.bom().items(BomView.MODEL)) {
            List<String> missing = new ArrayList<>();
            for (String field : settings.strings("required")) {
                String pointer = fields.get(field);
                JsonNode value = pointer == null ? null : model.node().at(pointer);
                if (field.equals("architecture") && (value == null || value.isMissingNode())) {
                    value = model.node().at("/modelCard/modelParameters/architectureFamily");
                }
                if (value == null || value.isMissingNode() || value.isContainerNode() && value.isEmpty()
                        || value.isTextual() && value.asText().isBlank()) {
                    missing.add(field);
                }
            }
            findings.check(model, missing.isEmpty(), model.label() + " has a complete model card",
                    model.label() + " model card lacks " + String.join(", ", missing), model.pointer() + "/modelCard");
        }
    }

    // ------------------------------------------------------------------ data

    private static void dataProvenance(EvaluationContext context, ControlSettings settings, Findings findings) {
        for (BomView.Item dataset : context.bom().items(BomView.DATASET)) {
            JsonNode data = dataset.node().path("data").path(0);
            boolean source = dataset.property(AibomProperties.DATA_PROVENANCE).filter(v -> !v.isBlank()).isPresent()
                    || !data.path("description").asText("").isBlank() || data.path("contents").has("url")
                    || dataset.property(AibomProperties.ARTIFACT_SOURCE).isPresent()
                    || dataset.node().path("externalReferences").size() > 0;
            JsonNode governance = data.path("governance");
            boolean responsible = governance.path("owners").size() > 0 || governance.path("custodians").size() > 0
                    || governance.path("stewards").size() > 0;
            List<String> missing = new ArrayList<>();
            if (!source) {
                missing.add("where it came from (provenance or a URL)");
            }
            if (!responsible) {
                missing.add("an owner, custodian or steward");
            }
            findings.check(dataset, missing.isEmpty(), dataset.label() + " records its provenance and owners",
                    dataset.label() + " does not record " + String.join(" or ", missing), dataset.pointer() + "/data/0");
        }
    }

    private static void dataLicense(EvaluationContext context, ControlSettings settings, Findings findings) {
        for (BomView.Item dataset : context.bom().items(BomView.DATASET)) {
            List<String> licenses = licenseTexts(dataset.node());
            findings.check(dataset, !licenses.isEmpty(), dataset.label() + " is licensed under "
                    + String.join(", ", licenses), dataset.label() + " names no licence", dataset.pointer()
                    + "/licenses");
        }
    }

    private static void dataQuality(EvaluationContext context, ControlSettings settings, Findings findings) {
        for (BomView.Item dataset : context.bom().items(BomView.DATASET)) {
            List<String> checks = dataset.properties(AibomProperties.DATA_QUALITY_CHECK);
            findings.check(dataset, !checks.isEmpty(), dataset.label() + " records " + checks.size()
                    + " quality check(s)", dataset.label() + " records no data quality checks",
                    dataset.pointer() + "/properties");
        }
    }

    private static void dataPersonal(EvaluationContext context, ControlSettings settings, Findings findings) {
        for (BomView.Item dataset : context.bom().items(BomView.DATASET)) {
            JsonNode data = dataset.node().path("data").path(0);
            Optional<String> declared = dataset.property(AibomProperties.DATA_PERSONAL_DATA);
            boolean sensitive = false;
            for (JsonNode entry : data.path("sensitiveData")) {
                sensitive |= entry.asText().toLowerCase(Locale.ROOT).contains("personal");
            }
            if (declared.isEmpty() && !sensitive) {
                findings.fail(dataset, dataset.label() + " does not declare whether it holds personal data",
                        dataset.pointer() + "/properties");
                continue;
            }
            boolean personal = sensitive || declared.map("true"::equalsIgnoreCase).orElse(false);
            if (!personal) {
                findings.pass(dataset, dataset.label() + " declares that it holds no personal data",
                        pointerOfProperty(dataset, AibomProperties.DATA_PERSONAL_DATA));
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (data.path("classification").asText("").isBlank()) {
                missing.add("classification");
            }
            if (dataset.property(AibomProperties.DATA_LAWFUL_BASIS).filter(v -> !v.isBlank()).isEmpty()) {
                missing.add("lawful basis");
            }
            findings.check(dataset, missing.isEmpty(), dataset.label() + " holds personal data, classified "
                            + data.path("classification").asText() + ", with a lawful basis",
                    dataset.label() + " holds personal data but has no " + String.join(" and no ", missing),
                    dataset.pointer() + "/data/0");
        }
    }

    // ------------------------------------------------------------------ integrity and licensing

    private static void hashesPresent(EvaluationContext context, ControlSettings settings, Findings findings) {
        Set<String> strong = Set.of("SHA-256", "SHA-384", "SHA-512", "SHA3-256", "SHA3-384", "SHA3-512",
                "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3");
        for (BomView.Item item : context.bom().items()) {
            if (item.kind().equals(BomView.SERVICE)) {
                continue;
            }
            boolean has = false;
            for (JsonNode hash : item.node().path("hashes")) {
                has |= strong.contains(hash.path("alg").asText());
            }
            findings.check(item, has, item.label() + " has a SHA-256 or stronger hash",
                    item.label() + " has no SHA-256 or stronger hash", item.pointer() + "/hashes");
        }
    }

    private static void hashesMatch(EvaluationContext context, ControlSettings settings, Findings findings) {
        if (context.integrity().isEmpty()) {
            for (BomView.Item item : context.bom().items()) {
                if (!item.kind().equals(BomView.SERVICE)) {
                    findings.notApplicable(item, "the files are not at hand to check");
                }
            }
            return;
        }
        ArtifactIntegrity.Report report = context.integrity().get();
        for (BomView.Item item : context.bom().items()) {
            if (item.kind().equals(BomView.SERVICE)) {
                continue;
            }
            List<ArtifactIntegrity.Finding> mine = report.findings().stream()
                    .filter(f -> f.component().equals(item.ref())).toList();
            if (mine.isEmpty()) {
                findings.notApplicable(item, item.label() + " has no files in the build");
                continue;
            }
            List<String> bad = mine.stream().filter(f -> f.status() != ArtifactIntegrity.Status.OK)
                    .map(f -> f.status().name().toLowerCase(Locale.ROOT) + " " + f.path()).toList();
            findings.check(item, bad.isEmpty(), item.label() + ": " + mine.size() + " file(s) match the BOM",
                    item.label() + " files do not match the BOM: " + String.join(", ", bad), item.pointer()
                            + "/hashes");
        }
    }

    private static void bomSigned(EvaluationContext context, ControlSettings settings, Findings findings) {
        BomView.Item bom = new BomView.Item("bom", "", "BOM", "", context.bom().tree());
        if (context.signatures().isEmpty()) {
            findings.notApplicable(bom, "the BOM's signatures were not verified (no trusted keys configured)");
            return;
        }
        var report = context.signatures().get();
        if (!report.signed()) {
            findings.fail(bom, "the BOM is not signed", "/signature");
            return;
        }
        List<String> failures = report.rootSigners().stream().filter(s -> !s.passed()).map(SignerResult::summary)
                .toList();
        findings.check(bom, failures.isEmpty(), "the BOM is signed by " + report.rootSigners().size()
                + " trusted signer(s)", "the BOM's signature does not pass: " + String.join("; ", failures),
                "/signature");
    }

    private static void licenseAllowed(EvaluationContext context, ControlSettings settings, Findings findings) {
        Set<String> allow = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        allow.addAll(settings.strings("allow"));
        Set<String> deny = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        deny.addAll(settings.strings("deny"));
        for (BomView.Item item : context.bom().items()) {
            List<String> texts = licenseTexts(item.node());
            if (texts.isEmpty()) {
                findings.notApplicable(item, item.label() + " names no licence");
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (String text : texts) {
                ids.addAll(licenseIds(text));
            }
            List<String> denied = ids.stream().filter(deny::contains).toList();
            List<String> unlisted = allow.isEmpty() ? List.of() : ids.stream().filter(id -> !allow.contains(id))
                    .toList();
            String problem = !denied.isEmpty() ? "uses denied licence " + String.join(", ", denied)
                    : "uses licence " + String.join(", ", unlisted) + ", which is not on the allow list";
            findings.check(item, denied.isEmpty() && unlisted.isEmpty(), item.label() + " licence "
                    + String.join(", ", texts) + " is allowed", item.label() + " " + problem, item.pointer()
                    + "/licenses");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> licenseTexts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        for (JsonNode choice : node.path("licenses")) {
            if (choice.has("expression")) {
                texts.add(choice.get("expression").asText());
            } else {
                JsonNode license = choice.path("license");
                String text = license.path("id").asText(license.path("name").asText(""));
                if (!text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** The license ids in an expression (or the text itself when it is a name, not an expression). */
    static List<String> licenseIds(String text) {
        List<String> ids = new ArrayList<>();
        try {
            String canonical = SpdxLicenses.parse(text).canonical();
            for (String token : canonical.replace("(", " ").replace(")", " ").split("\\s+")) {
                if (!token.isBlank() && !token.equals("AND") && !token.equals("OR") && !token.equals("WITH")) {
                    ids.add(token.endsWith("+") ? token.substring(0, token.length() - 1) : token);
                }
            }
        } catch (IllegalArgumentException e) {
            ids.add(text);
        }
        return ids;
    }

    private static boolean hasExternalReference(JsonNode node, String type) {
        for (JsonNode reference : node.path("externalReferences")) {
            if (type.equals(reference.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String pointerOfProperty(BomView.Item item, String name) {
        JsonNode properties = item.node().path("properties");
        for (int i = 0; i < properties.size(); i++) {
            if (name.equals(properties.get(i).path("name").asText())) {
                return item.pointer() + "/properties/" + i;
            }
        }
        return item.pointer() + "/properties";
    }

    private static String supplierField(BomView.Item item) {
        return item.kind().equals(BomView.SERVICE) ? "provider" : "supplier";
    }

    private static String supplierPointer(BomView.Item item) {
        return item.pointer() + "/" + supplierField(item);
    }

    private static String slice(JsonNode metric) {
        String slice = metric.path("slice").asText("");
        return slice.isBlank() ? "" : " (" + slice + ")";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String fingerprint(java.security.PublicKey key) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getEncoded()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
