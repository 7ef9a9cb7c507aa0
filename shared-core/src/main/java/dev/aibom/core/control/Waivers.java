package dev.aibom.core.control;

import dev.aibom.control.ControlRule;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Finding;
import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.io.ConfigFiles;
import dev.aibom.core.io.SourceMap;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accepted exceptions ({@code waivers.yaml}): a control, the components it covers (bom-ref, name or purl; {@code *}
 * matches any run of characters), why, who approved it, and until when.
 */
public record Waivers(String source, List<Waiver> waivers) {
    static final String WHAT = "waiver file";

    public Waivers {
        waivers = List.copyOf(waivers);
    }

    /**
     * One accepted exception. {@code line} locates it in its file for messages.
     *
     * @param metadata the control it waives
     */
    public record Waiver(ControlMetadata metadata, String component, String reason, String approvedBy,
                         LocalDate expires, int line) {
        public Waiver {
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(approvedBy, "approvedBy");
            Objects.requireNonNull(expires, "expires");
        }

        /** The id of the control it waives. */
        public String control() {
            return metadata.id();
        }

        public boolean matches(Finding finding) {
            if (!metadata.id().equals(finding.control()) || !finding.waivable()) {
                return false;
            }
            Pattern pattern = glob(component);
            return pattern.matcher(finding.component()).matches() || pattern.matcher(finding.name()).matches();
        }

        public boolean activeOn(LocalDate day) {
            return !expires.isBefore(day);
        }

        public String describe() {
            return "by " + approvedBy + " until " + expires + ": " + reason;
        }

        private static Pattern glob(String pattern) {
            return Pattern.compile(java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining(".*")));
        }
    }

    /** The file format. */
    public record WaiverFile(List<Entry> waivers) {
        public WaiverFile {
            waivers = waivers == null ? List.of() : List.copyOf(waivers);
        }
    }

    /** One waiver as written. */
    public record Entry(String control, String component, String reason, String approvedBy, String expires) {
    }

    public static Waivers none() {
        return new Waivers("(no waivers)", List.of());
    }

    public static Waivers load(Path file, ControlRegistry registry) throws InvalidInputException {
        ConfigFiles.Parsed<WaiverFile> parsed = ConfigFiles.read(file.toAbsolutePath(), WaiverFile.class, WHAT);
        List<Problem> problems = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        SourceMap map = parsed.sourceMap();
        for (int i = 0; i < parsed.value().waivers().size(); i++) {
            Entry entry = parsed.value().waivers().get(i);
            String at = "/waivers/" + i;
            int before = problems.size();
            required(parsed.source(), map, at, "control", entry.control(), problems);
            required(parsed.source(), map, at, "component", entry.component(), problems);
            required(parsed.source(), map, at, "reason", entry.reason(), problems);
            required(parsed.source(), map, at, "approvedBy", entry.approvedBy(), problems);
            required(parsed.source(), map, at, "expires", entry.expires(), problems);
            Optional<ControlMetadata> control = entry.control() == null ? Optional.empty()
                    : registry.get(entry.control()).map(ControlRule::metadata);
            if (entry.control() != null && control.isEmpty()) {
                problems.add(problem(parsed.source(), map, at + "/control", "unknown control '" + entry.control()
                        + "'.", "use a control id from docs/controls.md."));
            } else if (control.isPresent() && control.get().waivable() == ControlMetadata.Waivable.NEVER) {
                problems.add(problem(parsed.source(), map, at + "/control", "control '" + entry.control()
                        + "' cannot be waived.", "remove this waiver."));
            } else if (control.isPresent() && control.get().waivable() == ControlMetadata.Waivable.BY_NAME_ONLY
                    && entry.component() != null && entry.component().contains("*")) {
                problems.add(problem(parsed.source(), map, at + "/component", "control '" + entry.control()
                        + "' can only be waived for one component named exactly, not with '*'.",
                        "name the component (its bom-ref or name) without '*'."));
            }
            LocalDate expires = null;
            if (entry.expires() != null) {
                try {
                    expires = LocalDate.parse(entry.expires());
                } catch (DateTimeParseException e) {
                    problems.add(problem(parsed.source(), map, at + "/expires", "'" + entry.expires()
                            + "' is not a valid date.", "write the date as YYYY-MM-DD."));
                }
            }
            if (problems.size() == before) {
                waivers.add(new Waiver(control.orElseThrow(), entry.component(), entry.reason(),
                        entry.approvedBy(), expires, map.positionOf(at).line()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(WHAT, parsed.source(), problems);
        }
        return new Waivers(parsed.source(), waivers);
    }

    private static void required(String source, SourceMap map, String at, String key, String value,
                                 List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(problem(source, map, at + "/" + key, "the required key '" + key + "' is missing or empty.",
                    "every waiver needs control, component, reason, approvedBy and expires."));
        }
    }

    private static Problem problem(String source, SourceMap map, String pointer, String message, String fix) {
        SourceMap.Position position = map.positionOf(pointer);
        return new Problem(source, position.line(), position.column(), SourceMap.fieldOf(pointer), message, fix);
    }
}
