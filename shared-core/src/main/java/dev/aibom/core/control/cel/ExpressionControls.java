package dev.aibom.core.control.cel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.Problem;
import dev.aibom.control.BomView;
import dev.aibom.core.control.ConfiguredControl;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.Family;
import dev.aibom.control.NoParameters;
import dev.aibom.control.Severity;
import dev.aibom.core.io.SourceMap;
import dev.cel.bundle.Cel;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Controls a policy defines as CEL expressions, as Dependency-Track users write policy conditions:
 * <pre>
 * controls:
 *   org-no-gpl-models:
 *     expression: '!component.licenses.exists(l, l.startsWith("GPL"))'
 *     appliesTo: model              # model | dataset | service | system
 *     title: Models are not GPL-licensed
 *     annexA: [A.10.3]
 *     severity: error               # error | warning | info (default error)
 *     message: 'model {name} is GPL-licensed'
 *     description: ...              # optional
 *     family: integrity             # optional; by default from appliesTo
 * </pre>
 * Every expression is compiled (parsed and type-checked against the variables of {@link CelEnvironment}) when the
 * policy is loaded; a syntax or type error names the policy file, the line and column in it, and CEL's message.
 */
public final class ExpressionControls {
    private static final List<String> KEYS = List.of("expression", "appliesTo", "title", "annexA", "severity",
            "message", "description", "remedy", "family", "enabled");
    private static final Set<String> APPLIES_TO = Set.of(BomView.MODEL, BomView.DATASET, BomView.SERVICE,
            BomView.SYSTEM);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> PLACEHOLDERS = Set.of("name", "kind", "type", "version", "ref", "supplier",
            "id");

    private ExpressionControls() {
    }

    /**
     * The control, compiled, or empty when it is disabled or has problems (each added to {@code problems}).
     *
     * @param at JSON pointer of the control's entry in the policy
     */
    public static Optional<ConfiguredControl<NoParameters>> define(String id, Map<String, JsonNode> values,
                                                                   String source, SourceMap map, String at,
                                                                   List<Problem> problems) {
        int before = problems.size();
        for (String key : values.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(problem(source, map, at + "/" + key, "unknown key '" + key + "' for the expression"
                        + " control '" + id + "'.", "the keys allowed here are: " + String.join(", ", KEYS) + "."));
            }
        }
        if (!Pattern.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*", id)) {
            problems.add(problem(source, map, at, "'" + id + "' is not a valid control id.",
                    "use lower-case words joined by dashes, such as org-no-gpl-models."));
        }
        String expression = text(values, "expression", source, map, at, problems, true);
        String appliesTo = text(values, "appliesTo", source, map, at, problems, true);
        String title = text(values, "title", source, map, at, problems, true);
        String message = text(values, "message", source, map, at, problems, true);
        String description = text(values, "description", source, map, at, problems, false);
        String remedy = text(values, "remedy", source, map, at, problems, false);
        if (appliesTo != null && !APPLIES_TO.contains(appliesTo)) {
            problems.add(problem(source, map, at + "/appliesTo", "'" + appliesTo + "' is not an allowed value.",
                    "use model, dataset, service or system."));
        }
        List<String> annexA = new ArrayList<>();
        JsonNode annex = values.get("annexA");
        if (annex == null || !annex.isArray() || annex.isEmpty()) {
            problems.add(problem(source, map, at + (annex == null ? "" : "/annexA"), "an expression control needs"
                    + " 'annexA', a list of the ISO/IEC 42001 Annex A controls it evidences.", "add e.g."
                    + " 'annexA: [A.10.3]'."));
        } else {
            for (int i = 0; i < annex.size(); i++) {
                String reference = annex.get(i).asText("");
                if (!annex.get(i).isTextual() || !reference.matches("A\\.[1-9][0-9]*(\\.[1-9][0-9]*)*")) {
                    problems.add(problem(source, map, at + "/annexA/" + i, "'" + annex.get(i).asText() + "' is not"
                            + " an Annex A reference.", "write it as A.<clause>.<control>, such as A.10.3."));
                } else {
                    annexA.add(reference);
                }
            }
        }
        Severity severity = Severity.ERROR;
        if (values.containsKey("severity")) {
            try {
                severity = Severity.valueOf(values.get("severity").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(problem(source, map, at + "/severity", "'" + values.get("severity").asText()
                        + "' is not an allowed value.", "use error, warning or info."));
            }
        }
        Family family = null;
        if (values.containsKey("family")) {
            try {
                family = Family.valueOf(values.get("family").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(problem(source, map, at + "/family", "'" + values.get("family").asText() + "' is not an"
                        + " allowed value.", "use system, supplier, lifecycle, data or integrity."));
            }
        }
        boolean enabled = true;
        if (values.containsKey("enabled")) {
            if (!values.get("enabled").isBoolean()) {
                problems.add(problem(source, map, at + "/enabled", "expected true or false here.", ""));
            } else {
                enabled = values.get("enabled").asBoolean();
            }
        }
        if (message != null) {
            Matcher matcher = PLACEHOLDER.matcher(message);
            while (matcher.find()) {
                if (!PLACEHOLDERS.contains(matcher.group(1))) {
                    problems.add(problem(source, map, at + "/message", "the message uses {" + matcher.group(1)
                            + "}, which is not a placeholder.", "use {name}, {kind}, {type}, {version}, {ref},"
                            + " {supplier} or {id}."));
                }
            }
        }
        CelRuntime.Program program = null;
        if (expression != null && appliesTo != null && APPLIES_TO.contains(appliesTo)) {
            program = compile(expression, appliesTo, source, map, at + "/expression", problems);
        }
        if (problems.size() > before || !enabled) {
            return Optional.empty();
        }
        ControlMetadata metadata = new ControlMetadata(id, title, family != null ? family : familyOf(appliesTo),
                annexA, severity, false, ControlMetadata.Waivable.ANY, description != null ? description
                : "Defined in " + source + " as the expression " + expression + " (true passes).", Set.of(),
                remedy != null ? remedy : "");
        ExpressionRule rule = new ExpressionRule(metadata, appliesTo, expression, program, message);
        return Optional.of(new ConfiguredControl<>(rule, severity, NoParameters.INSTANCE));
    }

    private static Family familyOf(String appliesTo) {
        return switch (appliesTo) {
            case BomView.MODEL -> Family.LIFECYCLE;
            case BomView.DATASET -> Family.DATA;
            case BomView.SERVICE -> Family.SUPPLIER;
            default -> Family.SYSTEM;
        };
    }

    private static CelRuntime.Program compile(String expression, String appliesTo, String source, SourceMap map,
                                              String pointer, List<Problem> problems) {
        Cel cel = appliesTo.equals(BomView.SYSTEM) ? CelEnvironment.system() : CelEnvironment.components();
        CelValidationResult result;
        String kind = "syntax";
        try {
            result = cel.parse(expression);
            if (!result.hasError()) {
                kind = "type";
                result = cel.check(result.getAst());
            }
        } catch (CelValidationException | RuntimeException e) {
            problems.add(problem(source, map, pointer, "the expression cannot be compiled: " + e.getMessage() + ".",
                    "see the CEL language definition (github.com/google/cel-spec)."));
            return null;
        }
        if (result.hasError()) {
            SourceMap.Position start = map.valuePositionOf(pointer);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (CelIssue issue : result.getErrors()) {
                if (!seen.add(issue.getSourceLocation() + issue.getMessage())) {
                    continue;
                }
                SourceMap.Position at = position(start, issue, map, pointer);
                problems.add(new Problem(source, at.line(), at.column(), SourceMap.fieldOf(pointer), "CEL " + kind
                        + " error in the expression: " + issue.getMessage() + ".",
                        "the variables and their types are listed in docs/controls.md (Expression controls)."));
            }
            return null;
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            return cel.createProgram(ast);
        } catch (CelValidationException | CelEvaluationException e) {
            problems.add(problem(source, map, pointer, "the expression cannot be compiled: " + e.getMessage() + ".",
                    ""));
            return null;
        }
    }

    /** Where a CEL issue is in the policy file: the expression's own position plus the issue's. */
    private static SourceMap.Position position(SourceMap.Position start, CelIssue issue, SourceMap map,
                                               String pointer) {
        int line = issue.getSourceLocation().getLine();
        int column = issue.getSourceLocation().getColumn();
        if (start.line() == 0 || line <= 0) {
            return start;
        }
        int quote = map.isQuotedValue(pointer) ? 1 : 0;
        if (line == 1) {
            return new SourceMap.Position(start.line(), start.column() + quote + column);
        }
        return new SourceMap.Position(start.line() + line - 1, column + 1);
    }

    private static String text(Map<String, JsonNode> values, String key, String source, SourceMap map, String at,
                               List<Problem> problems, boolean required) {
        JsonNode value = values.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(problem(source, map, at, "an expression control needs '" + key + "'.",
                        "add '" + key + ": ...' (see docs/controls.md, Expression controls)."));
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.add(problem(source, map, at + "/" + key, "expected a text here.", "write '" + key
                    + "' as a text."));
            return null;
        }
        return value.asText();
    }

    private static Problem problem(String source, SourceMap map, String pointer, String message, String fix) {
        SourceMap.Position position = map.positionOf(pointer);
        return new Problem(source, position.line(), position.column(), SourceMap.fieldOf(pointer), message, fix);
    }
}
