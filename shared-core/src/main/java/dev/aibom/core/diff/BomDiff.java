package dev.aibom.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.control.AibomProperties;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.control.BomView;
import dev.aibom.control.ModelFacts;
import dev.aibom.control.BomEntity;
import dev.aibom.control.BomItem;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.SignerResult;
import dev.aibom.core.sign.VerificationPolicy;
import dev.aibom.core.sign.VerificationReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed between two AI-BOMs - what procurement asks when a supplier sends a new delivery: models, datasets and
 * services added or removed; versions, hashes (of each file too), licences, suppliers, life-cycle stages, model-card
 * fields, data descriptions, approvals, service endpoints, declarations and signers that changed.
 *
 * <p>Components are matched by package URL, then bom-ref, then kind and name; each is matched at most once. Everything
 * is read from the JSON tree, so any CycloneDX 1.4-1.7 BOM can be compared with any other. Signatures are compared by
 * their keys' fingerprints and validity; no key is trusted here (verify or review for that).
 */
public final class BomDiff {
    /** The model-card fields compared, by JSON pointer under {@code modelCard}. */
    private static final List<String> MODEL_CARD = List.of("modelParameters/task",
            "modelParameters/architectureFamily", "modelParameters/modelArchitecture", "modelParameters/approach",
            "modelParameters/datasets", "modelParameters/inputs", "modelParameters/outputs",
            "quantitativeAnalysis/performanceMetrics", "quantitativeAnalysis/graphics", "considerations/users",
            "considerations/useCases", "considerations/technicalLimitations", "considerations/performanceTradeoffs",
            "considerations/ethicalConsiderations", "considerations/environmentalConsiderations",
            "considerations/fairnessAssessments");
    private static final List<String> DATA = List.of("type", "name", "classification", "sensitiveData", "governance",
            "contents", "description", "graphics");
    private static final List<String> SERVICE = List.of("endpoints", "data", "authenticated", "x-trust-boundary",
            "trustZone");

    private BomDiff() {
    }

    /** The changes from {@code before} to {@code after}, in a stable order (BOM, system, then the new BOM's order). */
    public static List<Change> compare(LoadedBom before, LoadedBom after) {
        List<Change> changes = new ArrayList<>();
        BomView old = new BomView(before.tree());
        BomView now = new BomView(after.tree());
        Change.Subject bom = new Change.Subject("bom", "", "");
        compareText(changes, ChangeKind.SUPPLIERS, bom, "", old.bomSupplier().map(BomEntity::name).orElse(""),
                now.bomSupplier().map(BomEntity::name).orElse(""));
        signers(changes, bom, before, after);
        declarations(changes, bom, before.tree().path("declarations"), after.tree().path("declarations"));

        BomItem oldSystem = old.system();
        BomItem newSystem = now.system();
        Change.Subject system = new Change.Subject("system", newSystem.name(), newSystem.ref());
        compareText(changes, ChangeKind.VERSION, system, "", oldSystem.version(), newSystem.version());
        properties(changes, system, oldSystem, newSystem);

        List<BomItem> unmatched = new ArrayList<>(old.items());
        Map<BomItem, BomItem> pairs = new LinkedHashMap<>();
        List<BomItem> added = new ArrayList<>();
        // purl first, then bom-ref, then kind and name: each pass only over what is still unmatched
        List<BomItem> pending = new ArrayList<>(now.items());
        for (Matcher matcher : Matcher.values()) {
            List<BomItem> still = new ArrayList<>();
            for (BomItem item : pending) {
                Optional<BomItem> match = matcher.find(item, unmatched);
                if (match.isPresent()) {
                    pairs.put(item, match.get());
                    unmatched.remove(match.get());
                } else {
                    still.add(item);
                }
            }
            pending = still;
        }
        added.addAll(pending);
        for (BomItem item : now.items()) {
            if (added.contains(item)) {
                changes.add(new Change(ChangeKind.ADDED, subject(item), "", "", describe(item)));
            } else {
                component(changes, pairs.get(item), item);
            }
        }
        for (BomItem item : unmatched) {
            changes.add(new Change(ChangeKind.REMOVED, subject(item), "", describe(item), ""));
        }
        return List.copyOf(changes);
    }

    /** How components of two BOMs are paired, in order of preference. */
    private enum Matcher {
        PURL, REF, NAME;

        Optional<BomItem> find(BomItem item, List<BomItem> candidates) {
            String key = key(item);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            List<BomItem> same = candidates.stream().filter(c -> key(c).equals(key)).toList();
            // an ambiguous key matches nothing: the next matcher (or added/removed) says it plainly
            return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
        }

        private String key(BomItem item) {
            return switch (this) {
                case PURL -> purlWithoutVersion(item.purl());
                case REF -> item.node().path("bom-ref").asText("");
                case NAME -> item.kind() + "\u0000" + item.name();
            };
        }
    }

    /** A purl without its version, so that a new version of the same package is a change, not a swap. */
    private static String purlWithoutVersion(String purl) {
        if (purl.isEmpty()) {
            return "";
        }
        int end = purl.length();
        for (char c : new char[]{'?', '#'}) {
            int at = purl.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String base = purl.substring(0, end);
        int at = base.lastIndexOf('@');
        return at > base.lastIndexOf('/') ? base.substring(0, at) : base;
    }

    private static Change.Subject subject(BomItem item) {
        return new Change.Subject(item.kind(), item.name(), item.ref());
    }

    private static String describe(BomItem item) {
        return item.version().isEmpty() ? "" : item.version();
    }

    private static void component(List<Change> changes, BomItem old, BomItem now) {
        Change.Subject subject = subject(now);
        compareText(changes, ChangeKind.VERSION, subject, "", old.version(), now.version());
        compareText(changes, ChangeKind.PURL, subject, "", old.purl(), now.purl());
        hashes(changes, subject, old, now);
        formats(changes, subject, old, now);
        compareText(changes, ChangeKind.LICENSES, subject, "", String.join(", ", new TreeSet<>(old.licenses())),
                String.join(", ", new TreeSet<>(now.licenses())));
        compareText(changes, ChangeKind.SUPPLIERS, subject, "", old.supplierName(), now.supplierName());
        if (now.kind().equals(BomView.MODEL)) {
            compareText(changes, ChangeKind.LIFECYCLE, subject, "", stated(old, AibomProperties.MODEL_LIFECYCLE),
                    stated(now, AibomProperties.MODEL_LIFECYCLE));
            for (String field : MODEL_CARD) {
                compareJson(changes, ChangeKind.MODEL_CARD, subject, field.replace('/', '.'),
                        old.node().path("modelCard").at("/" + field), now.node().path("modelCard").at("/" + field));
            }
            compareText(changes, ChangeKind.APPROVALS, subject, "", approvals(old), approvals(now));
        }
        if (now.kind().equals(BomView.DATASET)) {
            JsonNode oldData = old.node().path("data").path(0);
            JsonNode newData = now.node().path("data").path(0);
            for (String field : DATA) {
                compareJson(changes, ChangeKind.DATA, subject, field, oldData.path(field), newData.path(field));
            }
            if (old.node().path("data").size() != now.node().path("data").size()) {
                compareText(changes, ChangeKind.DATA, subject, "entries", Integer.toString(old.node().path("data")
                        .size()), Integer.toString(now.node().path("data").size()));
            }
        }
        if (now.kind().equals(BomView.SERVICE)) {
            for (String field : SERVICE) {
                compareJson(changes, ChangeKind.ENDPOINTS, subject, field, old.node().path(field),
                        now.node().path(field));
            }
        }
        properties(changes, subject, old, now);
    }

    /** The file format the BOM records for the component and for each of its files, by name. */
    private static void formats(List<Change> changes, Change.Subject subject, BomItem old, BomItem now) {
        Map<String, String> before = formats(old);
        Map<String, String> after = formats(now);
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            compareText(changes, ChangeKind.FORMAT, subject, key, before.getOrDefault(key, ""),
                    after.getOrDefault(key, ""));
        }
    }

    private static Map<String, String> formats(BomItem item) {
        Map<String, String> formats = new TreeMap<>();
        String format = stated(item, AibomProperties.ARTIFACT_FORMAT);
        if (!format.isEmpty()) {
            formats.put("", format);
        }
        for (JsonNode child : item.node().path("components")) {
            for (JsonNode property : child.path("properties")) {
                if (AibomProperties.ARTIFACT_FORMAT.equals(property.path("name").asText())) {
                    formats.put("file " + child.path("name").asText(""), property.path("value").asText(""));
                }
            }
        }
        return formats;
    }

    /** The component's own digests, then each nested file's by its name; a file added or removed is a hash change. */
    private static void hashes(List<Change> changes, Change.Subject subject, BomItem old, BomItem now) {
        Map<String, String> before = digests(old.node());
        Map<String, String> after = digests(now.node());
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            compareText(changes, ChangeKind.HASHES, subject, key, before.getOrDefault(key, ""),
                    after.getOrDefault(key, ""));
        }
    }

    private static Map<String, String> digests(JsonNode component) {
        Map<String, String> digests = new TreeMap<>();
        for (JsonNode hash : component.path("hashes")) {
            digests.put(hash.path("alg").asText(""), hash.path("content").asText("").toLowerCase(java.util.Locale.ROOT));
        }
        for (JsonNode child : component.path("components")) {
            if ("file".equals(child.path("type").asText())) {
                for (JsonNode hash : child.path("hashes")) {
                    digests.put("file " + child.path("name").asText("") + " " + hash.path("alg").asText(""),
                            hash.path("content").asText("").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return digests;
    }

    /** The approvals as {@link ModelFacts#approvals} reads them: in index order, up to the first without a {@code by}. */
    private static String approvals(BomItem item) {
        List<String> approvals = new ArrayList<>();
        for (int i = 0; ; i++) {
            String prefix = AibomProperties.MODEL_APPROVAL + i + ":";
            if (item.properties(prefix + "by").isEmpty()) {
                return String.join("; ", approvals);
            }
            String by = stated(item, prefix + "by");
            String role = stated(item, prefix + "role");
            String date = stated(item, prefix + "date");
            approvals.add(by + (role.isEmpty() ? "" : " (" + role + ")") + (date.isEmpty() ? "" : " " + date));
        }
    }

    /**
     * A single-valued property as the BOM states it: its value, empty when absent, and differing values shown as they
     * are ({@code conflicting: a | b}). A diff reports what the BOMs say; judging a conflict is the controls' work
     * (properties-unambiguous), so it is never an exception here.
     */
    private static String stated(BomItem item, String name) {
        List<String> values = new ArrayList<>(new java.util.LinkedHashSet<>(item.properties(name)));
        return values.isEmpty() ? "" : values.size() == 1 ? values.get(0)
                : "conflicting: " + String.join(" | ", values);
    }

    /** aibom properties that no other kind of change covers. */
    private static void properties(List<Change> changes, Change.Subject subject, BomItem old, BomItem now) {
        Map<String, List<String>> before = otherProperties(old);
        Map<String, List<String>> after = otherProperties(now);
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            compareText(changes, ChangeKind.PROPERTIES, subject, name,
                    String.join(", ", before.getOrDefault(name, List.of())),
                    String.join(", ", after.getOrDefault(name, List.of())));
        }
    }

    private static Map<String, List<String>> otherProperties(BomItem item) {
        Map<String, List<String>> properties = new TreeMap<>();
        item.properties().forEach((name, values) -> {
            boolean covered = name.equals(AibomProperties.MODEL_LIFECYCLE) || name.startsWith(
                    AibomProperties.MODEL_APPROVAL) || name.equals(AibomProperties.ARTIFACT_FORMAT);
            if (name.startsWith("aibom:") && !covered) {
                properties.put(name, values);
            }
        });
        return properties;
    }

    /** Root signers by key fingerprint (and whether the signature holds); no key is trusted. */
    private static void signers(List<Change> changes, Change.Subject bom, LoadedBom before, LoadedBom after) {
        compareText(changes, ChangeKind.SIGNERS, bom, "", signers(before), signers(after));
    }

    private static String signers(LoadedBom bom) {
        VerificationReport report = BomSignatures.verify(bom, VerificationPolicy.trusting(List.of()));
        if (report.state() == VerificationReport.State.UNSIGNED) {
            return "unsigned";
        }
        Set<String> keys = new LinkedHashSet<>();
        for (SignerResult signer : report.rootSigners()) {
            keys.add("key " + signer.keyFingerprint().orElse("(none)") + (signer.valid() ? "" : " (INVALID)"));
        }
        if (report.state() == VerificationReport.State.INVALID && report.rootSigners().stream()
                .allMatch(SignerResult::valid)) {
            keys.add("a nested signature INVALID");
        }
        return String.join(", ", keys);
    }

    /** Declarations by part: what was added, removed or changed among their bom-ref'd entries. */
    private static void declarations(List<Change> changes, Change.Subject bom, JsonNode before, JsonNode after) {
        Set<String> parts = new TreeSet<>();
        before.fieldNames().forEachRemaining(parts::add);
        after.fieldNames().forEachRemaining(parts::add);
        for (String part : parts) {
            JsonNode old = before.path(part);
            JsonNode now = after.path(part);
            if (old.equals(now)) {
                continue;
            }
            if (old.isArray() || now.isArray()) {
                Map<String, JsonNode> oldEntries = byRef(old);
                Map<String, JsonNode> newEntries = byRef(now);
                Set<String> refs = new TreeSet<>(oldEntries.keySet());
                refs.addAll(newEntries.keySet());
                for (String ref : refs) {
                    JsonNode a = oldEntries.get(ref);
                    JsonNode b = newEntries.get(ref);
                    if (!Objects.equals(a, b)) {
                        changes.add(new Change(ChangeKind.DECLARATIONS, bom, part + " " + ref,
                                a == null ? "" : text(a), b == null ? "" : text(b)));
                    }
                }
            } else {
                compareJson(changes, ChangeKind.DECLARATIONS, bom, part, old, now);
            }
        }
    }

    private static Map<String, JsonNode> byRef(JsonNode array) {
        Map<String, JsonNode> entries = new TreeMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            String ref = entry.path("bom-ref").asText("");
            entries.put(ref.isEmpty() ? "#" + (i + 1) : ref, entry);
        }
        return entries;
    }

    private static void compareText(List<Change> changes, ChangeKind kind, Change.Subject subject, String field,
                                    String before, String after) {
        if (!before.equals(after)) {
            changes.add(new Change(kind, subject, field, before, after));
        }
    }

    private static void compareJson(List<Change> changes, ChangeKind kind, Change.Subject subject, String field,
                                    JsonNode before, JsonNode after) {
        if (!before.equals(after)) {
            changes.add(new Change(kind, subject, field, text(before), text(after)));
        }
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
