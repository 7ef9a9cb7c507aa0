package dev.aibom.core.bom;

import dev.aibom.control.AibomProperties;
import dev.aibom.core.descriptor.ArtifactLocation;
import dev.aibom.core.modelsig.ModelSignatureResult;
import dev.aibom.core.descriptor.DatasetDecl;
import dev.aibom.core.descriptor.Descriptor;
import dev.aibom.core.descriptor.HuggingFaceRef;
import dev.aibom.core.descriptor.ModelDecl;
import dev.aibom.core.descriptor.Party;
import dev.aibom.core.descriptor.ServiceDecl;
import dev.aibom.core.descriptor.SupplierDecl;
import dev.aibom.core.descriptor.ValidDescriptor;
import dev.aibom.core.hash.ArtifactDigest;
import dev.aibom.core.hash.FileDigest;
import dev.aibom.core.hash.HashAlgorithm;
import dev.aibom.core.format.ModelFormat;
import dev.aibom.core.hub.CardData;
import dev.aibom.core.hub.HubFile;
import dev.aibom.core.hub.HubRepo;
import dev.aibom.core.hub.HubResolver;
import dev.aibom.core.license.SpdxLicenses;
import org.cyclonedx.model.Ancestors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.LifecycleChoice;
import org.cyclonedx.model.Lifecycles;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Pedigree;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.ServiceData;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.Content;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.data.Governance;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.PerformanceMetric;
import org.cyclonedx.model.component.modelCard.QuantitativeAnalysis;
import org.cyclonedx.model.component.modelCard.consideration.FairnessAssessment;
import org.cyclonedx.model.component.modelCard.consideration.Risk;
import org.cyclonedx.model.metadata.ToolInformation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import dev.aibom.core.format.FormatInspector;

/** Builds the cyclonedx-core-java model. Refs: system:NAME, model:NAME, dataset:NAME, service:NAME. */
final class BomAssembler {
    private final ValidDescriptor valid;
    private final Descriptor d;
    private final Map<String, ArtifactDigest> digests;
    private final BomOptions options;
    private final HubResolver.Resolved hub;
    private final Map<String, ModelSignatureResult> signatures;

    BomAssembler(ValidDescriptor valid, Map<String, ArtifactDigest> digests, BomOptions options,
                 HubResolver.Resolved hub, Map<String, ModelSignatureResult> signatures) {
        this.valid = valid;
        this.d = valid.descriptor();
        this.digests = digests;
        this.options = options;
        this.hub = hub;
        this.signatures = signatures;
    }

    /** A reference resolved to its commit; an unresolved one is a bug in the caller. */
    private Optional<HubRepo> resolved(String reference) {
        if (!HuggingFaceRef.looksLikeOne(reference)) {
            return Optional.empty();
        }
        return Optional.of(hub.of(reference).orElseThrow(() -> new IllegalStateException(reference
                + " was not resolved before generation")));
    }

    Bom build() {
        Bom bom = new Bom();
        bom.setVersion(1);
        bom.setMetadata(metadata());
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < d.models().size(); i++) {
            components.add(model("/models/" + i, d.models().get(i)));
        }
        for (int i = 0; i < d.datasets().size(); i++) {
            components.add(dataset("/datasets/" + i, d.datasets().get(i)));
        }
        bom.setComponents(components);
        if (!d.services().isEmpty()) {
            bom.setServices(d.services().stream().map(this::service).toList());
        }
        bom.setDependencies(dependencies());
        return bom;
    }

    private Metadata metadata() {
        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(options.timestamp()));
        Lifecycles lifecycles = new Lifecycles();
        LifecycleChoice build = new LifecycleChoice();
        build.setPhase(LifecycleChoice.Phase.BUILD);
        lifecycles.setLifecycleChoice(List.of(build));
        metadata.setLifecycles(lifecycles);

        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setGroup("dev.aibom");
        tool.setName("aibom");
        tool.setVersion(ToolVersion.get());
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);

        Component system = new Component();
        system.setType(Component.Type.APPLICATION);
        system.setBomRef(systemRef());
        system.setName(d.system().name());
        system.setVersion(d.system().version());
        system.setDescription(d.system().description());
        valid.supplier(SupplierDecl.INTERNAL).map(BomAssembler::entity).ifPresent(entity -> {
            system.setSupplier(entity);
            metadata.setSupplier(entity);
        });
        List<Property> properties = new ArrayList<>();
        add(properties, AibomProperties.SYSTEM_OWNER, d.system().owner());
        add(properties, AibomProperties.SYSTEM_INTENDED_USE, d.system().intendedUse());
        add(properties, AibomProperties.SYSTEM_RISK_LEVEL,
                d.system().riskLevel() == null ? null : d.system().riskLevel().value());
        add(properties, AibomProperties.SYSTEM_HUMAN_OVERSIGHT, d.system().humanOversight());
        add(properties, AibomProperties.SYSTEM_IMPACT_ASSESSMENT, d.system().impactAssessment());
        system.setProperties(nullIfEmpty(properties));
        if (d.system().impactAssessment() != null && !d.system().impactAssessment().isBlank()) {
            ExternalReference assessment = new ExternalReference();
            assessment.setType(ExternalReference.Type.RISK_ASSESSMENT);
            assessment.setUrl(d.system().impactAssessment());
            assessment.setComment("AI system impact assessment (ISO/IEC 42001 A.5)");
            system.setExternalReferences(List.of(assessment));
        }
        metadata.setComponent(system);
        return metadata;
    }

    private Component model(String pointer, ModelDecl model) {
        Component component = new Component();
        component.setType(Component.Type.MACHINE_LEARNING_MODEL);
        component.setBomRef(modelRef(model.name()));
        component.setName(model.name());
        component.setDescription(model.description());
        Optional<HuggingFaceRef> ref = resolved(model.source()).map(HubRepo::ref);
        component.setVersion(model.version() != null ? model.version() : ref.map(HuggingFaceRef::commit)
                .orElse(null));
        ref.ifPresent(r -> component.setPurl(r.purl()));
        supplier(model.supplier()).ifPresent(component::setSupplier);
        component.setLicenses(licenses(model.license()));

        List<Property> properties = new ArrayList<>();
        add(properties, AibomProperties.SUPPLIER_ID, model.supplier());
        add(properties, AibomProperties.MODEL_LIFECYCLE,
                model.lifecycle() == null ? null : model.lifecycle().value());
        add(properties, AibomProperties.MODEL_BASE_MODEL, model.baseModel());
        for (int i = 0; i < model.approvals().size(); i++) {
            var approval = model.approvals().get(i);
            add(properties, AibomProperties.MODEL_APPROVAL + i + ":by", approval.by());
            add(properties, AibomProperties.MODEL_APPROVAL + i + ":role", approval.role());
            add(properties, AibomProperties.MODEL_APPROVAL + i + ":date", approval.date());
        }
        artifact(pointer, model.source(), model.sha256(), component, properties, "model:" + model.name());
        ModelSignatureResult signature = signatures.get(pointer);
        if (signature != null) {
            String file = BomGenerator.signaturePath(valid.artifacts().get(pointer));
            add(properties, AibomProperties.MODEL_SIGNATURE, signature.status().value());
            add(properties, AibomProperties.MODEL_SIGNATURE_FILE, file);
            signature.signer().ifPresent(signer -> add(properties, AibomProperties.MODEL_SIGNATURE_SIGNER,
                    signer));
            ExternalReference attestation = new ExternalReference();
            attestation.setType(ExternalReference.Type.ATTESTATION);
            attestation.setUrl(file);
            attestation.setComment("OpenSSF Model Signing signature (Sigstore bundle): " + signature.line());
            List<ExternalReference> references = new ArrayList<>(component.getExternalReferences() == null
                    ? List.of() : component.getExternalReferences());
            references.add(attestation);
            component.setExternalReferences(references);
        }
        component.setProperties(nullIfEmpty(properties));
        component.setModelCard(modelCard(model));
        pedigree(model).ifPresent(component::setPedigree);
        return component;
    }

    private ModelCard modelCard(ModelDecl model) {
        ModelCard card = new ModelCard();
        ModelParameters parameters = new ModelParameters();
        parameters.setTask(model.task());
        parameters.setArchitectureFamily(model.architectureFamily());
        parameters.setModelArchitecture(model.architecture());
        if (!model.datasets().isEmpty()) {
            parameters.setDatasets(model.datasets().stream().map(name -> {
                DatasetChoice choice = new DatasetChoice();
                choice.setRef(datasetRef(name));
                return choice;
            }).toList());
        }
        card.setModelParameters(parameters);
        if (!model.metrics().isEmpty()) {
            QuantitativeAnalysis analysis = new QuantitativeAnalysis();
            analysis.setPerformanceMetrics(model.metrics().stream().map(metric -> {
                PerformanceMetric performance = new PerformanceMetric();
                performance.setType(metric.type());
                performance.setValue(metric.value());
                performance.setSlice(metric.slice());
                return performance;
            }).toList());
            card.setQuantitativeAnalysis(analysis);
        }
        Considerations considerations = new Considerations();
        considerations.setUsers(nullIfEmpty(model.users()));
        considerations.setUseCases(nullIfEmpty(model.useCases()));
        considerations.setTechnicalLimitations(nullIfEmpty(model.limitations()));
        considerations.setPerformanceTradeoffs(nullIfEmpty(model.performanceTradeoffs()));
        considerations.setEthicalConsiderations(nullIfEmpty(model.ethicalConsiderations().stream().map(e -> {
            Risk risk = new Risk();
            risk.setName(e.name());
            risk.setMitigationStrategy(e.mitigation());
            return risk;
        }).toList()));
        considerations.setFairnessAssessments(nullIfEmpty(model.fairnessAssessments().stream().map(f -> {
            FairnessAssessment assessment = new FairnessAssessment();
            assessment.setGroupAtRisk(f.groupAtRisk());
            assessment.setBenefits(f.benefits());
            assessment.setHarms(f.harms());
            assessment.setMitigationStrategy(f.mitigation());
            return assessment;
        }).toList()));
        card.setConsiderations(considerations);
        return card;
    }

    private Optional<Pedigree> pedigree(ModelDecl model) {
        String base = model.baseModel();
        if (base == null || base.isBlank()) {
            return Optional.empty();
        }
        Component ancestor = new Component();
        ancestor.setType(Component.Type.MACHINE_LEARNING_MODEL);
        if (HuggingFaceRef.looksLikeOne(base)) {
            HuggingFaceRef ref = resolved(base).orElseThrow().ref();
            ancestor.setName(ref.repository());
            ancestor.setVersion(ref.commit());
            ancestor.setPurl(ref.purl());
        } else {
            // a declared model: copy its identity (not its bom-ref, which must stay unique)
            Optional<ModelDecl> declared = d.models().stream().filter(m -> m.name().equals(base)).findFirst();
            ancestor.setName(base);
            declared.ifPresent(m -> {
                ancestor.setVersion(m.version());
                resolved(m.source()).ifPresent(repo -> ancestor.setPurl(repo.ref().purl()));
            });
        }
        Ancestors ancestors = new Ancestors();
        ancestors.setComponents(List.of(ancestor));
        Pedigree pedigree = new Pedigree();
        pedigree.setAncestors(ancestors);
        return Optional.of(pedigree);
    }

    private Component dataset(String pointer, DatasetDecl dataset) {
        Component component = new Component();
        component.setType(Component.Type.DATA);
        component.setBomRef(datasetRef(dataset.name()));
        component.setName(dataset.name());
        component.setVersion(dataset.version());
        component.setDescription(dataset.description());
        supplier(dataset.supplier()).ifPresent(component::setSupplier);
        component.setLicenses(licenses(dataset.license()));

        List<Property> properties = new ArrayList<>();
        add(properties, AibomProperties.SUPPLIER_ID, dataset.supplier());
        add(properties, AibomProperties.DATA_PERSONAL_DATA,
                dataset.personalData() == null ? null : dataset.personalData().toString());
        add(properties, AibomProperties.DATA_LAWFUL_BASIS, dataset.lawfulBasis());
        add(properties, AibomProperties.DATA_PROVENANCE, dataset.provenance());
        add(properties, AibomProperties.DATA_COLLECTION_PROCESS, dataset.collectionProcess());
        for (String check : dataset.qualityChecks()) {
            add(properties, AibomProperties.DATA_QUALITY_CHECK, check);
        }
        artifact(pointer, dataset.url(), dataset.sha256(), component, properties, "dataset:" + dataset.name());
        component.setProperties(nullIfEmpty(properties));

        ComponentData data = new ComponentData();
        data.setType(ComponentData.ComponentDataType.DATASET);
        data.setName(dataset.name());
        data.setDescription(dataset.provenance());
        if (dataset.classification() != null) {
            data.setClassification(dataset.classification().value());
        }
        if (Boolean.TRUE.equals(dataset.personalData())) {
            data.setSensitiveData(List.of("personal data"));
        }
        if (dataset.url() != null) {
            Content contents = new Content();
            contents.setUrl(resolved(dataset.url()).map(repo -> repo.ref().url()).orElse(dataset.url()));
            data.setContents(contents);
        }
        if (!dataset.owners().isEmpty() || !dataset.custodians().isEmpty() || !dataset.stewards().isEmpty()) {
            Governance governance = new Governance();
            governance.setOwners(nullIfEmpty(parties(dataset.owners())));
            governance.setCustodians(nullIfEmpty(parties(dataset.custodians())));
            governance.setStewards(nullIfEmpty(parties(dataset.stewards())));
            data.setGovernance(governance);
        }
        component.setData(List.of(data));
        return component;
    }

    private Service service(ServiceDecl declared) {
        Service service = new Service();
        service.setBomRef(serviceRef(declared.name()));
        service.setName(declared.name());
        service.setVersion(declared.version());
        service.setDescription(declared.description());
        supplier(declared.supplier()).ifPresent(service::setProvider);
        service.setEndpoints(nullIfEmpty(declared.endpoints()));
        service.setAuthenticated(declared.authenticated());
        // a service run by someone else is across our trust boundary by definition
        if (declared.supplier() != null) {
            service.setxTrustBoundary(!SupplierDecl.INTERNAL.equals(declared.supplier()));
        }
        if (!declared.dataSent().isEmpty()) {
            service.setData(declared.dataSent().stream()
                    .map(c -> new ServiceData(ServiceData.Flow.OUTBOUND, c.value())).toList());
        }
        List<Property> properties = new ArrayList<>();
        add(properties, AibomProperties.SUPPLIER_ID, declared.supplier());
        service.setProperties(nullIfEmpty(properties));
        return service;
    }

    /** Hashes, path and nested file components for an artifact in the build, or its remote source. */
    private void artifact(String pointer, String remote, String declaredSha256, Component component,
                          List<Property> properties, String refPrefix) {
        ArtifactDigest digest = digests.get(pointer);
        ArtifactLocation location = valid.artifacts().get(pointer);
        if (digest != null && location != null) {
            component.setHashes(hashes(digest.aggregate()));
            add(properties, AibomProperties.ARTIFACT_PATH, location.relativePath());
            add(properties, AibomProperties.ARTIFACT_KIND,
                    location.directory() ? AibomProperties.KIND_DIRECTORY : AibomProperties.KIND_FILE);
            add(properties, AibomProperties.ARTIFACT_SIZE, Long.toString(digest.totalSize()));
            if (!location.directory()) {
                format(location.path()).ifPresent(format -> add(properties, AibomProperties.ARTIFACT_FORMAT,
                        format));
            }
            if (location.directory()) {
                List<Component> files = new ArrayList<>();
                for (FileDigest file : digest.files()) {
                    Component nested = new Component();
                    nested.setType(Component.Type.FILE);
                    nested.setBomRef(refPrefix + "#file:" + file.relativePath());
                    nested.setName(file.relativePath());
                    nested.setHashes(hashes(file.hex()));
                    List<Property> fileProperties = new ArrayList<>();
                    fileProperties.add(new Property(AibomProperties.ARTIFACT_SIZE, Long.toString(file.size())));
                    format(location.path().resolve(file.relativePath())).ifPresent(format -> fileProperties.add(
                            new Property(AibomProperties.ARTIFACT_FORMAT, format)));
                    nested.setProperties(fileProperties);
                    files.add(nested);
                }
                component.setComponents(files);
            }
        } else if (declaredSha256 != null) {
            component.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, declaredSha256.toLowerCase(Locale.ROOT))));
            add(properties, AibomProperties.ARTIFACT_KIND, AibomProperties.KIND_REMOTE);
        } else if (remote != null && HuggingFaceRef.looksLikeOne(remote)) {
            add(properties, AibomProperties.ARTIFACT_KIND, AibomProperties.KIND_REMOTE);
        }
        if (remote != null) {
            add(properties, AibomProperties.ARTIFACT_SOURCE, remote);
            Optional<HubRepo> repo = resolved(remote);
            repo.ifPresent(r -> hubArtifact(r, declaredSha256, component, properties, refPrefix));
            ExternalReference distribution = new ExternalReference();
            distribution.setType(ExternalReference.Type.DISTRIBUTION);
            distribution.setUrl(repo.map(r -> r.ref().url()).orElse(remote));
            component.setExternalReferences(List.of(distribution));
        }
    }

    /**
     * What the Hub serves for the commit: the commit, the file the declared sha256 names, every file of the
     * repository as a nested file component (with its LFS SHA-256 where the Hub gives one), and the card's
     * metadata as hints.
     */
    private void hubArtifact(HubRepo repo, String declaredSha256, Component component, List<Property> properties,
                             String refPrefix) {
        add(properties, AibomProperties.HUB_COMMIT, repo.ref().commit());
        add(properties, AibomProperties.HUB_METADATA_SOURCE, repo.origin().value());
        repo.requested().ifPresent(revision -> add(properties, AibomProperties.HUB_REVISION, revision));
        if (declaredSha256 != null) {
            repo.fileWithSha256(declaredSha256).ifPresent(file -> {
                add(properties, AibomProperties.ARTIFACT_FILE, file.path());
                ModelFormat.byName(file.path()).ifPresent(format -> add(properties,
                        AibomProperties.ARTIFACT_FORMAT, format.value()));
            });
        }
        CardData card = repo.card();
        add(properties, AibomProperties.HUB_CARD_LICENSE, card.license());
        card.baseModels().forEach(base -> add(properties, AibomProperties.HUB_CARD_BASE_MODEL, base));
        card.datasets().forEach(dataset -> add(properties, AibomProperties.HUB_CARD_DATASET, dataset));
        add(properties, AibomProperties.HUB_CARD_PIPELINE_TAG, card.pipelineTag());
        add(properties, AibomProperties.HUB_CARD_LIBRARY, card.libraryName());
        add(properties, AibomProperties.HUB_GATED, card.gated());
        List<Component> files = new ArrayList<>();
        for (HubFile file : repo.files()) {
            Component nested = new Component();
            nested.setType(Component.Type.FILE);
            nested.setBomRef(refPrefix + "#file:" + file.path());
            nested.setName(file.path());
            if (file.sha256() != null) {
                nested.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, file.sha256())));
            }
            List<Property> fileProperties = new ArrayList<>();
            if (file.size() >= 0) {
                fileProperties.add(new Property(AibomProperties.ARTIFACT_SIZE, Long.toString(file.size())));
            }
            if (file.blobId() != null) {
                fileProperties.add(new Property(AibomProperties.HUB_BLOB_ID, file.blobId()));
            }
            ModelFormat.byName(file.path()).ifPresent(format -> fileProperties.add(
                    new Property(AibomProperties.ARTIFACT_FORMAT, format.value())));
            nested.setProperties(nullIfEmpty(fileProperties));
            files.add(nested);
        }
        component.setComponents(nullIfEmpty(files));
    }

    /** The model format of a file by its content, when it is one (configs and the like are not recorded). */
    private Optional<String> format(Path file) {
        try {
            ModelFormat format = FormatInspector.format(file);
            return format == ModelFormat.UNKNOWN ? Optional.empty()
                    : Optional.of(format.value());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Dependency> dependencies() {
        List<Dependency> dependencies = new ArrayList<>();
        Dependency system = new Dependency(systemRef());
        d.models().forEach(m -> system.addDependency(new Dependency(modelRef(m.name()))));
        d.services().forEach(s -> system.addDependency(new Dependency(serviceRef(s.name()))));
        dependencies.add(system);
        for (ModelDecl model : d.models()) {
            Dependency dependency = new Dependency(modelRef(model.name()));
            model.datasets().forEach(name -> dependency.addDependency(new Dependency(datasetRef(name))));
            dependencies.add(dependency);
        }
        d.datasets().forEach(ds -> dependencies.add(new Dependency(datasetRef(ds.name()))));
        d.services().forEach(s -> dependencies.add(new Dependency(serviceRef(s.name()))));
        return dependencies;
    }

    private Optional<OrganizationalEntity> supplier(String id) {
        return id == null ? Optional.empty() : valid.supplier(id).map(BomAssembler::entity);
    }

    private static OrganizationalEntity entity(SupplierDecl supplier) {
        OrganizationalEntity entity = new OrganizationalEntity();
        entity.setName(supplier.name());
        if (supplier.url() != null) {
            entity.setUrls(List.of(supplier.url()));
        }
        if (supplier.contact() != null) {
            OrganizationalContact contact = new OrganizationalContact();
            contact.setName(supplier.contact().name());
            contact.setEmail(supplier.contact().email());
            contact.setPhone(supplier.contact().phone());
            entity.setContacts(List.of(contact));
        }
        return entity;
    }

    private static List<Governance.DataGovernanceResponsibleParty> parties(List<Party> parties) {
        return parties.stream().map(party -> {
            Governance.DataGovernanceResponsibleParty responsible = new Governance.DataGovernanceResponsibleParty();
            if (party.organization() != null && !party.organization().isBlank()) {
                OrganizationalEntity organization = new OrganizationalEntity();
                organization.setName(party.organization());
                responsible.setOrganization(organization);
            } else {
                OrganizationalContact contact = new OrganizationalContact();
                contact.setName(party.name());
                contact.setEmail(party.email());
                responsible.setContact(contact);
            }
            return responsible;
        }).toList();
    }

    private static LicenseChoice licenses(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        SpdxLicenses.Expression parsed = SpdxLicenses.parse(expression);
        LicenseChoice choice = new LicenseChoice();
        if (parsed.singleId()) {
            License license = new License();
            license.setId(parsed.canonical());
            choice.setLicenses(List.of(license));
        } else {
            choice.setExpression(new org.cyclonedx.model.license.Expression(parsed.canonical()));
        }
        return choice;
    }

    private static List<Hash> hashes(Map<HashAlgorithm, String> hex) {
        List<Hash> hashes = new ArrayList<>();
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            if (hex.containsKey(algorithm)) {
                hashes.add(new Hash(algorithm.cycloneDxName(), hex.get(algorithm)));
            }
        }
        return hashes;
    }

    private String systemRef() {
        return "system:" + d.system().name();
    }

    private static String modelRef(String name) {
        return "model:" + name;
    }

    private static String datasetRef(String name) {
        return "dataset:" + name;
    }

    private static String serviceRef(String name) {
        return "service:" + name;
    }

    private static void add(List<Property> properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.add(new Property(name, value));
        }
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }
}
