package dev.aibom.core.discovery;

import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.io.InputFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A build's dependencies as a file, for a front end that is not Maven (the command line's {@code --dependencies}):
 * one {@code group:artifact:version} per line, or what {@code mvn dependency:list} prints or writes
 * ({@code group:artifact:type[:classifier]:version:scope}, perhaps after {@code [INFO]} and before
 * {@code -- module name} or {@code (optional)}).
 *
 * <p>Read strictly, because what it does not read, discovery does not see: a line of a plain list that is not a
 * dependency is an error naming the line (Maven's own log lines, with their {@code [INFO]} prefix, are passed over),
 * and so is a file that lists no dependency at all - unless it is dependency:list's answer for a project without
 * any ({@code none}).
 */
public final class DependencyList {
    private static final String KIND = "dependency list";
    private static final String FIX = "write one group:artifact:version per line, or give the output of mvn"
            + " dependency:list (-DoutputFile=FILE writes it to a file).";
    private static final Pattern LOG_PREFIX = Pattern.compile("^\\[(INFO|WARNING|WARN|DEBUG|ERROR)]\\s?");
    private static final String PART = "[A-Za-z0-9_.\\-]+";
    /** {@code group:artifact:version}. */
    private static final Pattern PLAIN = Pattern.compile("(" + PART + "):(" + PART + "):(" + PART + ")");
    /** {@code group:artifact:type[:classifier]:version:scope}, then perhaps {@code -- module x} or {@code (optional)}. */
    private static final Pattern LISTED = Pattern.compile("(" + PART + "):(" + PART + "):" + PART + "(?::" + PART
            + ")?:(" + PART + "):(compile|provided|runtime|test|system|import)(?:\\s.*)?");
    private static final String HEADER = "The following files have been resolved:";

    private DependencyList() {
    }

    /**
     * @throws InvalidInputException when the file cannot be read, a line of it is not a dependency, or it lists none
     */
    public static List<DiscoveryScanner.Dependency> read(Path file) throws InvalidInputException {
        String text = new String(InputFiles.read(file, InputFiles.CONFIG_LIMIT, new InputFiles.Kind(KIND,
                "a dependency list has one line per dependency; check that this is the right file.")),
                StandardCharsets.UTF_8);
        List<DiscoveryScanner.Dependency> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean answered = false;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            Matcher prefix = LOG_PREFIX.matcher(raw);
            boolean logged = prefix.find();
            String line = (logged ? raw.substring(prefix.end()) : raw).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals(HEADER) || line.equals("none")) {
                answered = true;
                continue;
            }
            Matcher listed = LISTED.matcher(line);
            Matcher plain = PLAIN.matcher(line);
            if (listed.matches()) {
                found.add(dependency(listed.group(1), listed.group(2), listed.group(3)));
            } else if (plain.matches()) {
                found.add(dependency(plain.group(1), plain.group(2), plain.group(3)));
            } else if (!logged) {
                problems.add(new Problem(file, i + 1, 0, "", "'" + line + "' is not a dependency", FIX));
            }
            // else: a line of Maven's own log around dependency:list's answer
        }
        if (problems.isEmpty() && found.isEmpty() && !answered) {
            problems.add(new Problem(file, 0, 0, "", "it lists no dependency, so no AI library could be found in it",
                    FIX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(KIND, file, problems);
        }
        return List.copyOf(found);
    }

    private static DiscoveryScanner.Dependency dependency(String group, String artifact, String version) {
        return new DiscoveryScanner.Dependency(group, artifact, version, List.of(group + ":" + artifact + ":"
                + version));
    }
}
