package dev.aibom.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** An input file has one or more problems; all of them are listed so the user can fix them in one go. */
public class InvalidInputException extends AibomException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(String what, Path file, List<Problem> problems) {
        this(what, file.toString(), problems);
    }

    public InvalidInputException(String what, String source, List<Problem> problems) {
        super(describe(what, source, problems));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String what, Problem problem) {
        return new InvalidInputException(what, problem.source(), List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String what, String file, List<Problem> problems) {
        Objects.requireNonNull(file, "file");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        String header = problems.size() == 1
                ? "Invalid " + what + " " + file + ":"
                : "Invalid " + what + " " + file + " (" + problems.size() + " problems):";
        return problems.stream().map(p -> "  - " + p.format())
                .collect(Collectors.joining("\n", header + "\n", ""));
    }
}
