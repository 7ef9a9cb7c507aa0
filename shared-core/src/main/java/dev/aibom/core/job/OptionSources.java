package dev.aibom.core.job;

import dev.aibom.core.io.AtomicFiles;
import dev.aibom.core.settings.FrontEnd;
import dev.aibom.core.settings.OptionSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates, at build time, what the Maven and Jenkins plugins need to offer the options of {@link OptionCatalogue}:
 * an abstract mojo with one annotated, documented parameter per option (the plugin descriptor and
 * {@code mvn help:describe} read its Javadoc), and an abstract step with one field, getter and data-bound setter per
 * option plus a help file for each. The plugins' builds run {@link #main} in {@code generate-sources}; nothing
 * generated is committed, so adding an option changes no file in either plugin.
 */
public final class OptionSources {
    private static final String HEADER = "// Generated at build time by dev.aibom.core.job.OptionSources from %s: do not edit.\n";

    private OptionSources() {
    }

    /**
     * {@code OptionSources maven <sources> [<goals.yaml>]} (with the table, also each goal's parameter class:
     * {@link GoalParameterSources}) or {@code OptionSources jenkins <sources> <resources> [<builders.yaml>]} (with the
     * table, also the freestyle build steps: {@link BuildStepSources}).
     */
    public static void main(String[] args) throws IOException {
        if ((args.length == 2 || args.length == 3) && args[0].equals("maven")) {
            for (OptionCatalogue.Group group : OptionCatalogue.GROUPS) {
                write(Path.of(args[1]).resolve("dev/aibom/maven/" + group.baseName() + "Mojo.java"), maven(group));
            }
            if (args.length == 3) {
                Path table = Path.of(args[2]);
                for (GoalParameterSources.Goal goal : GoalParameterSources.read(table)) {
                    write(Path.of(args[1]).resolve(GoalParameterSources.fileName(goal)),
                            GoalParameterSources.source(goal, "src/main/goals/" + table.getFileName()));
                }
            }
        } else if ((args.length == 3 || args.length == 4) && args[0].equals("jenkins")) {
            Map<String, String> bases = args.length == 4 ? BuildStepSources.settingsBases(Path.of(args[3])) : Map.of();
            if (args.length == 4) {
                Path table = Path.of(args[3]);
                for (BuildStepSources.Builder builder : BuildStepSources.read(table)) {
                    write(Path.of(args[1]).resolve(BuildStepSources.fileName(builder)),
                            BuildStepSources.source(builder, "src/main/steps/" + table.getFileName()));
                }
            }
            for (OptionCatalogue.Group group : OptionCatalogue.GROUPS) {
                String type = group.baseName() + "StepSettings";
                write(Path.of(args[1]).resolve("dev/aibom/jenkins/" + type + ".java"),
                        jenkins(group, bases.getOrDefault(type, "Step")));
                for (OptionSpec option : offered(group, FrontEnd.JENKINS)) {
                    write(Path.of(args[2]).resolve("dev/aibom/jenkins/" + type + "/help-" + option.name() + ".html"),
                            jenkinsHelp(option));
                }
            }
        } else {
            throw new IllegalArgumentException("usage: OptionSources maven <sources> [<goals.yaml>]"
                    + " | jenkins <sources> <resources> [<builders.yaml>]");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<OptionSpec> offered(OptionCatalogue.Group group, FrontEnd frontEnd) {
        return group.options().stream().filter(o -> o.offeredBy(frontEnd)).toList();
    }

    /** The Maven mojo base: {@code @Parameter(property = "aibom.name")} per option, its help as Javadoc. */
    static String maven(OptionCatalogue.Group group) {
        String type = group.baseName() + "Mojo";
        String settings = group.settingsType().getSimpleName();
        StringBuilder out = new StringBuilder("package dev.aibom.maven;\n\n").append(String.format(HEADER, settings))
                .append("""

                        import dev.aibom.core.AibomException;
                        import dev.aibom.core.settings.FrontEnd;
                        import dev.aibom.core.settings.SettingValues;
                        import org.apache.maven.plugins.annotations.Parameter;

                        import java.util.HashMap;
                        import java.util.Map;

                        """)
                .append("/** The parameters of {@link ").append(group.settingsType().getName())
                .append("}, generated from its options. */\npublic abstract class ").append(type)
                .append(" extends AbstractAibomMojo {\n");
        for (OptionSpec option : offered(group, FrontEnd.MAVEN)) {
            out.append(javadoc(option.help(code -> "{@code " + code + "}"), "    "))
                    .append("    @Parameter(property = \"").append(option.mavenProperty()).append('"')
                    .append(option.defaultValue().map(v -> ", defaultValue = \"" + v + "\"").orElse(""))
                    .append(")\n    private String ").append(option.name()).append(";\n\n");
        }
        // a switch is text too, so that -Daibom.requireAiComponents=yes is an error, not silently false
        out.append("    /** The options as set in the POM or with {@code -D}; a bad value names its property. */\n")
                .append("    protected final ").append(group.settingsType().getName()).append(" ")
                .append(lowerFirst(settings)).append("() throws AibomException {\n")
                .append("        Map<String, String> values = new HashMap<>();\n");
        for (OptionSpec option : offered(group, FrontEnd.MAVEN)) {
            out.append("        if (" + option.name() + " != null) {\n            values.put(\"" + option.name()
                    + "\", " + option.name() + ");\n        }\n");
        }
        return out.append("        return ").append(group.settingsType().getName())
                .append(".of(new SettingValues(FrontEnd.MAVEN, values));\n    }\n}\n").toString();
    }

    /**
     * The Jenkins step base: a field, getter and {@code @DataBoundSetter} per option (what Pipeline's named arguments,
     * the snippet generator and the freestyle form bind), and the form's list of them. It extends {@code base}:
     * {@code Step}, or a class of the plugin that itself extends another generated base, so that one step offers
     * several groups as one flat set of fields.
     */
    static String jenkins(OptionCatalogue.Group group, String base) {
        String type = group.baseName() + "StepSettings";
        StringBuilder out = new StringBuilder("package dev.aibom.jenkins;\n\n")
                .append(String.format(HEADER, group.settingsType().getSimpleName())).append("""

                        import dev.aibom.core.settings.FrontEnd;
                        import dev.aibom.core.settings.SettingValues;
                        import org.jenkinsci.plugins.workflow.steps.Step;
                        import org.kohsuke.stapler.DataBoundSetter;

                        import java.io.Serializable;
                        import java.util.HashMap;
                        import java.util.List;
                        import java.util.Map;
                        import java.util.function.UnaryOperator;

                        """)
                .append("/** The settings of {@link ").append(group.settingsType().getName())
                .append("} as step fields, generated from its options. */\npublic abstract class ").append(type)
                .append(" extends ").append(base)
                .append(" implements Serializable {\n    private static final long serialVersionUID = 1L;\n\n")
                .append("    /** The fields in form order (config.jelly shows them from this list). */\n")
                .append("    public static final List<FormField> FORM = List.of(");
        List<String> form = new ArrayList<>();
        for (OptionSpec option : offered(group, FrontEnd.JENKINS)) {
            form.add("\n            new FormField(\"" + option.name() + "\", \"" + option.title() + "\", "
                    + option.flag() + ", " + (option.number() ? "\"" + option.defaultValue().orElseThrow() + "\"" : "null")
                    + ")");
        }
        out.append(String.join(",", form)).append(");\n\n");
        for (OptionSpec option : offered(group, FrontEnd.JENKINS)) {
            out.append("    private ").append(javaType(option)).append(' ').append(option.name())
                    .append(option.number() ? " = " + option.defaultValue().orElseThrow() : "").append(";\n");
        }
        for (OptionSpec option : offered(group, FrontEnd.JENKINS)) {
            String javaType = javaType(option);
            String property = Character.toUpperCase(option.name().charAt(0)) + option.name().substring(1);
            out.append("\n    public ").append(javaType).append(option.flag() ? " is" : " get").append(property)
                    .append("() {\n        return ").append(option.name()).append(";\n    }\n\n")
                    .append("    @DataBoundSetter\n    public void set").append(property).append("(").append(javaType)
                    .append(" ").append(option.name()).append(") {\n        this.").append(option.name())
                    .append(" = ").append(option.name()).append(";\n    }\n");
        }
        out.append("\n    /** The options as the user set them, each text expanded by {@code expand} (the build's"
                + " {@code ${NAME}}s); named after the group, as a step may extend several bases. */\n"
                + "    protected final SettingValues " + lowerFirst(group.baseName()) + "Values(UnaryOperator<String>"
                + " expand) {\n        Map<String, String> values = new HashMap<>();\n");
        for (OptionSpec option : offered(group, FrontEnd.JENKINS)) {
            out.append(option.flag() || option.number()
                    ? "        values.put(\"" + option.name() + "\", String.valueOf(" + option.name() + "));\n"
                    : "        if (" + option.name() + " != null) {\n            values.put(\"" + option.name()
                    + "\", expand.apply(" + option.name() + "));\n        }\n");
        }
        return out.append("        return new SettingValues(FrontEnd.JENKINS, values);\n    }\n}\n").toString();
    }

    /** A switch is a {@code boolean}, a number an {@code int} (what a Pipeline passes), the rest text. */
    private static String javaType(OptionSpec option) {
        return option.flag() ? "boolean" : option.number() ? "int" : "String";
    }

    /** A Jenkins help file: the option's help, its default. */
    static String jenkinsHelp(OptionSpec option) {
        String help = option.help(code -> "<code>" + code + "</code>");
        return "<div>\n  " + help + option.defaultValue().filter(v -> !option.flag())
                .map(v -> " Default: <code>" + v + "</code>.").orElse("") + "\n</div>\n";
    }

    static String javadoc(String text, String indent) {
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > 100 && line.length() > 0) {
                out.append(indent).append(" * ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        return out.append(indent).append(" * ").append(line).append('\n').append(indent).append(" */\n").toString();
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
