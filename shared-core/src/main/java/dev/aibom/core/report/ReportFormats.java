package dev.aibom.core.report;

import dev.aibom.core.AibomException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The report formats aibom knows and a choice among them, as the {@code formats} option gives it (Maven
 * {@code aibom.formats}, command line {@code --formats}, Jenkins {@code formats}): names separated by commas,
 * {@code all} for every format, {@code default} for those written when nothing is named.
 */
public final class ReportFormats {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*");
    private static volatile ReportFormats builtIn;
    private final Map<String, ReportFormat> formats;

    private ReportFormats(List<ReportFormat> formats) {
        Map<String, ReportFormat> byId = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (ReportFormat format : formats.stream().sorted(Comparator.comparing(ReportFormat::id)).toList()) {
            if (!ID.matcher(format.id()).matches()) {
                throw new IllegalStateException("report format " + format.getClass().getName() + " has the id '"
                        + format.id() + "'; ids are lower-case letters and digits");
            }
            if (byId.putIfAbsent(format.id(), format) != null) {
                throw new IllegalStateException("two report formats have the id '" + format.id() + "': "
                        + byId.get(format.id()).getClass().getName() + " and " + format.getClass().getName());
            }
            String other = files.putIfAbsent(format.fileName(), format.id());
            if (other != null) {
                throw new IllegalStateException("report formats '" + other + "' and '" + format.id()
                        + "' both write " + format.fileName());
            }
        }
        this.formats = java.util.Collections.unmodifiableMap(byId);
    }

    /** The formats on aibom's own class path (the built-in ones). Cached: formats are stateless. */
    public static ReportFormats builtIn() {
        ReportFormats registry = builtIn;
        if (registry == null) {
            try {
                registry = load(ReportFormats.class.getClassLoader());
            } catch (AibomException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            builtIn = registry;
        }
        return registry;
    }

    /** The formats {@code loader} finds. */
    public static ReportFormats load(ClassLoader loader) throws AibomException {
        List<ReportFormat> found = new ArrayList<>();
        try {
            ServiceLoader.load(ReportFormat.class, loader).forEach(found::add);
        } catch (ServiceConfigurationError e) {
            throw new AibomException("A report format on the class path cannot be loaded: " + e.getMessage()
                    + ". Fix or remove the jar that declares it in META-INF/services/" + ReportFormat.class.getName()
                    + ".", e);
        }
        try {
            return new ReportFormats(found);
        } catch (IllegalStateException e) {
            throw new AibomException(e.getMessage(), e);
        }
    }

    /** Every format, by id. */
    public List<ReportFormat> all() {
        return List.copyOf(formats.values());
    }

    /** The formats written when the user names none. */
    public Selection defaults() {
        return new Selection(formats.values().stream().filter(ReportFormat::byDefault).toList(), true);
    }

    /** "html, json, junit, markdown, sarif". */
    public String ids() {
        return String.join(", ", formats.keySet());
    }

    /**
     * The formats a user named.
     *
     * @param option the option's name as the user wrote it ({@code --formats}, {@code aibom.formats}), for messages
     * @param text   names separated by commas or spaces; {@code all}; {@code default}
     * @throws AibomException naming the unknown format and the known ones, or an empty list
     */
    public Selection parse(String option, String text) throws AibomException {
        Objects.requireNonNull(text, "text");
        List<ReportFormat> chosen = new ArrayList<>();
        boolean any = false;
        for (String word : text.split("[,\\s]+")) {
            String id = word.trim().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            any = true;
            List<ReportFormat> named = switch (id) {
                case "all" -> all();
                case "default" -> defaults().formats();
                default -> {
                    ReportFormat format = formats.get(id);
                    if (format == null) {
                        throw new AibomException(option + ": '" + word.trim() + "' is not a report format."
                                + " Use one or more of " + ids() + " (separated by commas), all, or default.");
                    }
                    yield List.of(format);
                }
            };
            named.stream().filter(f -> !chosen.contains(f)).forEach(chosen::add);
        }
        if (!any) {
            throw new AibomException(option + " is empty. Name one or more of " + ids()
                    + " (separated by commas), all, or default; leave it unset for the default ("
                    + defaults().ids() + ").");
        }
        return new Selection(chosen.stream().sorted(Comparator.comparing(ReportFormat::id)).toList(), false);
    }

    /**
     * Formats chosen for one run.
     *
     * @param formats  in id order
     * @param byDefault whether they are the default because the user named none (the console says so)
     */
    public record Selection(List<ReportFormat> formats, boolean byDefault) {
        public Selection {
            formats = List.copyOf(formats);
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("no report format chosen");
            }
        }

        /** "html, json, junit, sarif". */
        public String ids() {
            return String.join(", ", formats.stream().map(ReportFormat::id).toList());
        }
    }
}
