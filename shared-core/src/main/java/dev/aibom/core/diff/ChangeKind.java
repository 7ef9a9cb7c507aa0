package dev.aibom.core.diff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What kind of change {@link BomDiff} found. The names ({@link #value()}) are stable: {@code --fail-on-change} and the
 * JSON output use them.
 */
public enum ChangeKind {
    /** A model, dataset or service is new. */
    ADDED,
    /** A model, dataset or service is gone. */
    REMOVED,
    /** A component's or the system's version. */
    VERSION,
    /** A digest of a component or of one of its files, or a file added or removed. */
    HASHES,
    /**
     * The format of a model's or dataset's file, or of one of its files ({@code safetensors -> pickle}): a change
     * of what loading it can do, so its own kind.
     */
    FORMAT,
    /** The licences a component states. */
    LICENSES,
    /** The supplier (supplier, manufacturer, provider) of a component or of the BOM. */
    SUPPLIERS,
    /** A model's life-cycle stage. */
    LIFECYCLE,
    /** A model-card field: parameters, quantitative analysis, considerations. */
    MODEL_CARD,
    /** A dataset's data description: classification, governance, sensitive data, contents. */
    DATA,
    /** A model's recorded release approvals. */
    APPROVALS,
    /** A service's endpoints, data flows, authentication or trust boundary. */
    ENDPOINTS,
    /** The BOM's declarations (ISO/IEC 42001 attestations, claims, evidence). */
    DECLARATIONS,
    /** Who signed the BOM: keys added, removed or changed, or the signature's validity. */
    SIGNERS,
    /** Other aibom properties. */
    PROPERTIES,
    /** A component's package URL. */
    PURL;

    /** The stable name: {@code model-card}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ChangeKind> of(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value().equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Every name, comma-separated, for messages and help. */
    public static String names() {
        return Arrays.stream(values()).map(ChangeKind::value).collect(Collectors.joining(", "));
    }
}
