package dev.aibom.core.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.bom.AibomProperties;
import dev.aibom.core.io.ConfigFiles;
import dev.aibom.core.io.SourceMap;
import dev.aibom.core.io.StrictMappers;
import dev.aibom.core.sign.KeyLoader;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    public SupplierRegister(String source, List<RegisteredSupplier> suppliers) {
        this.source = source;
        this.suppliers = List.copyOf(suppliers);
    }

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
        Path file = Path.of(location).toAbsolutePath().normalize();
        try {
            return parse(file.toString(), Files.readAllBytes(file), Optional.of(file.getParent()));
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(WHAT, new Problem(file, 0, 0, "", "the file does not exist.",
                    "point the supplier register setting at procurement's suppliers.yaml, or leave it empty."));
        } catch (IOException e) {
            throw InvalidInputException.of(WHAT, new Problem(file, 0, 0, "", "cannot read the file: " + e + ".", ""));
        }
    }

    private static SupplierRegister fromUrl(URI uri, Duration timeout) throws AibomException {
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        if ("http".equals(uri.getScheme()) && !loopback) {
            throw new AibomException("The supplier register URL " + uri + " is plain http; use https, so that the"
                    + " register cannot be changed on the way.");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/yaml, application/json, text/yaml, */*").GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AibomException("The supplier register at " + uri + " answered HTTP " + response.statusCode()
                        + ". Check the URL and that the build may read it.");
            }
            return parse(uri.toString(), response.body(), Optional.empty());
        } catch (HttpTimeoutException e) {
            throw new AibomException("The supplier register at " + uri + " did not answer within "
                    + timeout.toSeconds() + " s. Check the URL and the network, or use a local copy.", e);
        } catch (ConnectException e) {
            throw new AibomException("The supplier register at " + uri + " cannot be reached (connection refused)."
                    + " Check the URL and the network, or use a local copy.", e);
        } catch (IOException e) {
            throw new AibomException("The supplier register at " + uri + " cannot be read: " + e + ". Check the URL"
                    + " and the network, or use a local copy.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AibomException("Interrupted while fetching the supplier register " + uri + ".", e);
        }
    }

    static SupplierRegister parse(String source, byte[] content, Optional<Path> baseDir) throws AibomException {
        ConfigFiles.Parsed<RegisterFile> parsed = ConfigFiles.parse(source, content, StrictMappers.forName(source),
                RegisterFile.class, WHAT);
        List<Problem> problems = new ArrayList<>();
        List<RegisteredSupplier> suppliers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
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

    /** The registered supplier an item's supplier is, if any. */
    public Optional<RegisteredSupplier> match(BomView.Item item) {
        Optional<String> id = item.supplierIdHint();
        if (id.isPresent()) {
            for (RegisteredSupplier supplier : suppliers) {
                if (supplier.id().equals(id.get())) {
                    return Optional.of(supplier);
                }
            }
        }
        return item.supplier().flatMap(this::match);
    }

    /** The registered supplier an organizational entity (name, url) is, if any. */
    public Optional<RegisteredSupplier> match(BomView.Entity entity) {
        String name = normalise(entity.name());
        Set<String> hosts = new HashSet<>();
        for (String url : entity.urls()) {
            host(url).ifPresent(hosts::add);
        }
        for (RegisteredSupplier supplier : suppliers) {
            if (!name.isEmpty() && (supplier.names().stream().map(SupplierRegister::normalise).anyMatch(name::equals)
                    || normalise(supplier.id()).equals(name))) {
                return Optional.of(supplier);
            }
        }
        for (RegisteredSupplier supplier : suppliers) {
            for (String url : supplier.urls()) {
                if (host(url).map(hosts::contains).orElse(false)) {
                    return Optional.of(supplier);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> host(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String normalise(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
