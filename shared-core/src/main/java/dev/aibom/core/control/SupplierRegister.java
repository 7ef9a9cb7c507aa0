package dev.aibom.core.control;

import dev.aibom.control.BomView;
import dev.aibom.control.BomEntity;
import dev.aibom.control.BomItem;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.control.AibomProperties;
import dev.aibom.core.io.ConfigFiles;
import dev.aibom.core.io.SourceMap;
import dev.aibom.core.io.StrictMappers;
import dev.aibom.core.sign.KeyLoader;

import java.net.URI;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import dev.aibom.core.io.InputFiles;
import dev.aibom.core.io.RealPaths;
import dev.aibom.core.net.Http;
import dev.aibom.core.sign.KeyFingerprint;

/**
 * Procurement's supplier register ({@code suppliers.yaml}), from a file or an https URL. Matches the suppliers a BOM
 * names - by aibom supplier id, by name or alias, or by web address - to registered suppliers.
 */
public final class SupplierRegister {
    static final String WHAT = "supplier register";
    private static final Set<String> KINDS = Set.of(BomView.MODEL, BomView.DATASET, BomView.SERVICE);

    /** The file format. */
    public record RegisterFile(List<Entry> suppliers) {
        public RegisterFile {
            suppliers = suppliers == null ? List.of() : List.copyOf(suppliers);
        }
    }

    /** One entry as written; see {@link RegisteredSupplier} for the meaning. */
    public record Entry(String id, List<String> names, List<String> urls, SupplierStatus status, String lastAssessment,
                        String reassessEvery, String expires, List<String> certifications, List<String> approvedFor,
                        List<String> publicKeys) {
        public Entry {
            names = names == null ? List.of() : List.copyOf(names);
            urls = urls == null ? List.of() : List.copyOf(urls);
            certifications = certifications == null ? List.of() : List.copyOf(certifications);
            approvedFor = approvedFor == null ? List.of() : List.copyOf(approvedFor);
            publicKeys = publicKeys == null ? List.of() : List.copyOf(publicKeys);
        }
    }

    private final String source;
    private final List<RegisteredSupplier> suppliers;
    /** What {@link #identify} compares, worked out once: each supplier's names and id normalised, its sites parsed. */
    private final List<Matchable> matchable;

    /** A registered supplier as {@link #identify} compares it. */
    private record Matchable(RegisteredSupplier supplier, Set<String> names, List<Names.Site> sites) {
        static Matchable of(RegisteredSupplier supplier) {
            Set<String> names = new java.util.HashSet<>();
            supplier.names().forEach(name -> names.add(Names.normalise(name)));
            names.add(Names.normalise(supplier.id()));
            List<Names.Site> sites = new ArrayList<>();
            supplier.urls().forEach(url -> Names.Site.of(url).ifPresent(sites::add));
            return new Matchable(supplier, Set.copyOf(names), List.copyOf(sites));
        }
    }

    public SupplierRegister(String source, List<RegisteredSupplier> suppliers) {
        this.source = source;
        this.suppliers = List.copyOf(suppliers);
        this.matchable = this.suppliers.stream().map(Matchable::of).toList();
    }

    /** What {@link #identify} depends on: an organisation's name and web addresses, and the hint. */
    private record Asked(String name, List<String> urls, Optional<String> hint) {
    }

    /** The identities asked for last (at most {@link #RECENT}), by what they depend on. */
    private final Map<Asked, Identity> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Asked, Identity> eldest) {
                    return size() > RECENT;
                }
            });
    private static final int RECENT = 256;

    public String source() {
        return source;
    }

    public List<RegisteredSupplier> suppliers() {
        return suppliers;
    }

    /**
     * Loads the register from a path or an http(s) URL. Plain http is accepted for loopback addresses only: a register
     * fetched in clear text could be changed on the way.
     */
    public static SupplierRegister load(String location, Duration timeout) throws AibomException {
        if (location.startsWith("https://") || location.startsWith("http://")) {
            return fromUrl(URI.create(location), timeout);
        }
        Path file = RealPaths.of(Path.of(location));
        return parse(file.toString(), ConfigFiles.readBytes(file, WHAT), Optional.of(file.getParent()));
    }

    /** Fetched through {@link Http}: deadline over the whole body, size limit, redirect rules. */
    private static SupplierRegister fromUrl(URI uri, Duration timeout) throws AibomException {
        Http.Response response = Http.get(uri,
                Http.Options.of(timeout, InputFiles.CONFIG_LIMIT)
                        .withHeader("Accept", "application/yaml, application/json, text/yaml, */*"), WHAT);
        return parse(uri.toString(), response.body(), Optional.empty());
    }

    static SupplierRegister parse(String source, byte[] content, Optional<Path> baseDir) throws AibomException {
        ConfigFiles.Parsed<RegisterFile> parsed = ConfigFiles.parse(source, content, StrictMappers.forName(source),
                RegisterFile.class, WHAT);
        List<Problem> problems = new ArrayList<>();
        List<RegisteredSupplier> suppliers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        java.util.Map<String, String> nameOwners = new java.util.HashMap<>();
        SourceMap map = parsed.sourceMap();
        List<Entry> entries = parsed.value().suppliers();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String at = "/suppliers/" + i;
            int before = problems.size();
            if (entry.id() == null || entry.id().isBlank()) {
                problems.add(problem(source, map, at + "/id", "the required key 'id' is missing.", "add 'id: <short id>'."));
            } else if (!ids.add(entry.id())) {
                problems.add(problem(source, map, at + "/id", "the supplier id '" + entry.id() + "' is used twice.",
                        "give each supplier its own id."));
            }
            if (entry.status() == null) {
                problems.add(problem(source, map, at + "/status", "the required key 'status' is missing.",
                        "add 'status: approved|conditional|suspended|rejected'."));
            }
            LocalDate last = date(source, map, at + "/lastAssessment", entry.lastAssessment(), problems);
            if (entry.lastAssessment() == null) {
                problems.add(problem(source, map, at + "/lastAssessment", "the required key 'lastAssessment' is"
                        + " missing.", "add 'lastAssessment: YYYY-MM-DD', the date of the last supplier assessment."));
            }
            Optional<Period> every = Optional.empty();
            if (entry.reassessEvery() != null) {
                try {
                    every = Optional.of(Period.parse(entry.reassessEvery()));
                } catch (DateTimeParseException e) {
                    problems.add(problem(source, map, at + "/reassessEvery", "'" + entry.reassessEvery() + "' is not"
                            + " an ISO-8601 period.", "write e.g. P12M for twelve months or P1Y for a year."));
                }
            }
            Optional<LocalDate> expires = Optional.ofNullable(date(source, map, at + "/expires", entry.expires(),
                    problems));
            for (int k = 0; k < entry.approvedFor().size(); k++) {
                if (!KINDS.contains(entry.approvedFor().get(k))) {
                    problems.add(problem(source, map, at + "/approvedFor/" + k, "'" + entry.approvedFor().get(k)
                            + "' is not a component kind.", "use model, dataset or service."));
                }
            }
            List<PublicKey> keys = new ArrayList<>();
            for (int k = 0; k < entry.publicKeys().size(); k++) {
                try {
                    keys.addAll(publicKeys(entry.publicKeys().get(k), baseDir));
                } catch (AibomException e) {
                    problems.add(problem(source, map, at + "/publicKeys/" + k, e.getMessage(),
                            "give a PEM public key or certificate" + (baseDir.isPresent()
                                    ? ", inline or as a path relative to the register" : " inline")));
                }
            }
            for (int k = 0; k < entry.names().size(); k++) {
                String normalised = Names.normalise(entry.names().get(k));
                String owner = nameOwners.putIfAbsent(normalised, entry.id() == null ? "" : entry.id());
                if (owner != null && !owner.equals(entry.id())) {
                    problems.add(problem(source, map, at + "/names/" + k, "the name '" + entry.names().get(k)
                            + "' is also a name of supplier '" + owner + "'.", "give each name to one supplier only;"
                            + " BOMs are matched to suppliers by name."));
                }
            }
            if (problems.size() == before) {
                List<String> names = new ArrayList<>(entry.names());
                if (names.isEmpty()) {
                    names.add(entry.id());
                }
                suppliers.add(new RegisteredSupplier(entry.id(), names, entry.urls(), entry.status(), last, every,
                        expires, entry.certifications(), new LinkedHashSet<>(entry.approvedFor()), keys));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(WHAT, source, problems);
        }
        return new SupplierRegister(source, suppliers);
    }

    /** Who a BOM says supplies something, as judged against the register. */
    public sealed interface Identity permits Registered, Unregistered, Conflict, Unnamed {
    }

    /** The standard fields name a registered supplier (and nothing contradicts it). */
    public record Registered(RegisteredSupplier supplier) implements Identity {
    }

    /** The standard fields name a supplier the register does not know. */
    public record Unregistered(String name) implements Identity {
    }

    /**
     * The BOM's statements about the supplier disagree (a name and a web address of two different suppliers, a hint
     * that names another supplier) or the name is made to look like another (mixed scripts, invisible characters):
     * not a match, and a finding.
     */
    public record Conflict(String reason) implements Identity {
    }

    /** No supplier is named in a standard field. */
    public record Unnamed(Optional<String> hint) implements Identity {
    }

    /**
     * Who supplies an item. The standard fields ({@code supplier}, {@code manufacturer}, {@code provider}: name and
     * URL) say it; {@code aibom:supplier:id} is only a hint that must agree with them.
     */
    public Identity identify(BomItem item) {
        return identify(item.supplier(), item.supplierIdHint());
    }

    /**
     * Who an organisation is. Names match exactly after normalisation (Unicode NFKC, white space collapsed, case
     * folded); a name mixing scripts or carrying invisible characters is refused as a look-alike; a web address
     * matches a registered one with the same host (without {@code www.}) whose path it starts with. A name and an
     * address that point to different suppliers, or a hint that names another registered supplier, are a conflict.
     */
    public Identity identify(Optional<BomEntity> entity, Optional<String> hint) {
        if (entity.isEmpty()) {
            return new Unnamed(hint);
        }
        // a BOM names the same few organisations again and again, and five controls ask about each item
        Asked asked = new Asked(entity.get().name(), entity.get().urls(), hint);
        Identity known = recent.get(asked);
        if (known == null) {
            known = identify(asked);
            recent.put(asked, known);
        }
        return known;
    }

    private Identity identify(Asked asked) {
        Optional<String> hint = asked.hint();
        Optional<RegisteredSupplier> hinted = hint.flatMap(this::byId);
        String name = asked.name();
        List<String> urls = asked.urls();
        Optional<String> lookalike = Names.lookalike(name);
        if (lookalike.isPresent()) {
            return new Conflict("supplier '" + name + "' " + lookalike.get());
        }
        String normalised = Names.normalise(name);
        Optional<RegisteredSupplier> byName = matchable.stream()
                .filter(c -> c.names().contains(normalised))
                .map(Matchable::supplier)
                .findFirst();
        List<Names.Site> sites = new ArrayList<>();
        urls.forEach(url -> Names.Site.of(url).ifPresent(sites::add));
        List<RegisteredSupplier> byAddress = new ArrayList<>();
        for (Matchable supplier : matchable) {
            if (sites.stream().anyMatch(site -> supplier.sites().stream()
                    .anyMatch(registered -> registered.covers(site)))) {
                byAddress.add(supplier.supplier());
            }
        }
        if (byName.isPresent()) {
            RegisteredSupplier supplier = byName.get();
            Optional<RegisteredSupplier> other = byAddress.stream().filter(s -> s != supplier).findFirst();
            if (other.isPresent() && !byAddress.contains(supplier)) {
                return new Conflict("supplier '" + name + "' is registered as '" + supplier.id() + "', but its web"
                        + " address " + String.join(", ", urls) + " belongs to registered supplier '"
                        + other.get().id() + "'");
            }
            if (hinted.isPresent() && hinted.get() != supplier) {
                return new Conflict("supplier '" + name + "' is registered as '" + supplier.id() + "', but its"
                        + " aibom:supplier:id says '" + hinted.get().id() + "'");
            }
            return new Registered(supplier);
        }
        if (!byAddress.isEmpty()) {
            return new Conflict("supplier '" + name + "' is not in the supplier register, but its web address "
                    + String.join(", ", urls) + " belongs to registered supplier '"
                    + byAddress.get(0).id() + "' (" + byAddress.get(0).displayName() + "); a name that disagrees"
                    + " with its address is not a match");
        }
        if (hinted.isPresent()) {
            return new Conflict("supplier '" + name + "' is not in the supplier register, and its aibom:supplier:id"
                    + " '" + hinted.get().id() + "' (" + hinted.get().displayName() + ") does not agree with it");
        }
        return new Unregistered(name);
    }

    /** The registered supplier with this id. */
    public Optional<RegisteredSupplier> byId(String id) {
        return suppliers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The registered supplier whose key has this fingerprint. */
    public Optional<RegisteredSupplier> byKey(KeyFingerprint fingerprint) {
        for (RegisteredSupplier supplier : suppliers) {
            for (PublicKey key : supplier.publicKeys()) {
                if (KeyFingerprint.of(key).equals(fingerprint)) {
                    return Optional.of(supplier);
                }
            }
        }
        return Optional.empty();
    }

    private static List<PublicKey> publicKeys(String value, Optional<Path> baseDir) throws AibomException {
        if (value.contains("-----BEGIN")) {
            return KeyLoader.publicKeys(value, "the inline PEM key");
        }
        if (baseDir.isEmpty()) {
            throw new AibomException("'" + value + "' is a file path, but a register fetched from a URL can only"
                    + " carry inline PEM keys.");
        }
        return KeyLoader.publicKeys(baseDir.get().resolve(value));
    }

    private static LocalDate date(String source, SourceMap map, String pointer, String value, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(problem(source, map, pointer, "'" + value + "' is not a valid date.",
                    "write the date as YYYY-MM-DD."));
            return null;
        }
    }

    static Problem problem(String source, SourceMap map, String pointer, String message, String fix) {
        SourceMap.Position position = map.positionOf(pointer);
        return new Problem(source, position.line(), position.column(), SourceMap.fieldOf(pointer), message, fix);
    }
}
