package dev.aibom.control;

/**
 * The {@code aibom:} property taxonomy: facts ISO/IEC 42001 needs that CycloneDX 1.6 has no field for. Documented in
 * {@code docs/property-taxonomy.md}; names are part of the BOM format and never change meaning.
 */
public final class AibomProperties {
    public static final String SYSTEM_OWNER = "aibom:system:owner";
    public static final String SYSTEM_INTENDED_USE = "aibom:system:intendedUse";
    public static final String SYSTEM_RISK_LEVEL = "aibom:system:riskLevel";
    public static final String SYSTEM_HUMAN_OVERSIGHT = "aibom:system:humanOversight";
    public static final String SYSTEM_IMPACT_ASSESSMENT = "aibom:system:impactAssessment";

    public static final String SUPPLIER_ID = "aibom:supplier:id";

    public static final String ARTIFACT_PATH = "aibom:artifact:path";
    public static final String ARTIFACT_KIND = "aibom:artifact:kind";
    public static final String ARTIFACT_SIZE = "aibom:artifact:size";
    public static final String ARTIFACT_SOURCE = "aibom:artifact:source";
    /** The format the file has by its content ({@code safetensors}, {@code pickle}; see ModelFormat). */
    public static final String ARTIFACT_FORMAT = "aibom:artifact:format";
    /**
     * What checking the model's OpenSSF Model Signing signature ({@code model.sig}) found when the BOM was generated:
     * verified, untrusted, files-differ, invalid, unsupported, malformed. The generator's own account: a check with
     * the files verifies the signature again.
     */
    public static final String MODEL_SIGNATURE = "aibom:modelSignature";
    /** Who signed the model ({@code key sha256:...} or {@code certificate CN=...}), when the signature verified. */
    public static final String MODEL_SIGNATURE_SIGNER = "aibom:modelSignature:signer";
    /** The signature file, relative to the project. */
    public static final String MODEL_SIGNATURE_FILE = "aibom:modelSignature:file";

    /** For a Hub artifact: the repository file whose SHA-256 the descriptor declared (the file that is used). */
    public static final String ARTIFACT_FILE = "aibom:artifact:file";

    /** The commit an {@code hf://} reference resolved to (also in the purl and the distribution URL). */
    public static final String HUB_COMMIT = "aibom:hub:commit";
    /** The branch or tag the descriptor named instead of a commit. */
    public static final String HUB_REVISION = "aibom:hub:revision";
    /**
     * Where the Hub metadata (the files and their SHA-256s) came from: {@code hub}, {@code hub-cache},
     * {@code project-cache-checked} (the project's committed cache, which the Hub confirmed) or
     * {@code project-cache-unchecked} (the committed cache alone: built offline, or the Hub could not be asked).
     */
    public static final String HUB_METADATA_SOURCE = "aibom:hub:metadataSource";
    /** A repository file's git blob id (not a hash of the file's content; files kept in git have no other). */
    public static final String HUB_BLOB_ID = "aibom:hub:blobId";
    /** What the repository's card said at that commit: hints for {@code hub-card-consistent}, never the truth. */
    public static final String HUB_CARD_LICENSE = "aibom:hub:card:license";
    public static final String HUB_CARD_BASE_MODEL = "aibom:hub:card:baseModel";
    public static final String HUB_CARD_DATASET = "aibom:hub:card:dataset";
    public static final String HUB_CARD_PIPELINE_TAG = "aibom:hub:card:pipelineTag";
    public static final String HUB_CARD_LIBRARY = "aibom:hub:card:libraryName";
    public static final String HUB_GATED = "aibom:hub:gated";

    public static final String MODEL_LIFECYCLE = "aibom:model:lifecycle";
    public static final String MODEL_BASE_MODEL = "aibom:model:baseModel";
    /** Followed by {@code <index>:by}, {@code <index>:role} or {@code <index>:date}. */
    public static final String MODEL_APPROVAL = "aibom:model:approval:";

    public static final String DATA_PERSONAL_DATA = "aibom:data:personalData";
    public static final String DATA_LAWFUL_BASIS = "aibom:data:lawfulBasis";
    public static final String DATA_PROVENANCE = "aibom:data:provenance";
    public static final String DATA_COLLECTION_PROCESS = "aibom:data:collectionProcess";
    public static final String DATA_QUALITY_CHECK = "aibom:data:qualityCheck";

    /** The names that may carry several values; every other {@code aibom:} name has one value per component. */
    public static final java.util.Set<String> MULTI_VALUED = java.util.Set.of(DATA_QUALITY_CHECK,
            HUB_CARD_BASE_MODEL, HUB_CARD_DATASET);

    /** Values of {@link #ARTIFACT_KIND}. */
    public static final String KIND_FILE = "file";
    public static final String KIND_DIRECTORY = "directory";
    public static final String KIND_REMOTE = "remote";

    private AibomProperties() {
    }
}
