package dev.aibom.core.job;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Jenkins plugin's freestyle build steps as data: {@code jenkins-plugin/aibom-jenkins/src/main/steps/builders.yaml}
 * names each one's class, the Pipeline step whose settings it holds and its display name; this writes the class. Each
 * needs a field, constructor and getter of its own step's type (the form's {@code <f:property field="settings"/>} and
 * saved jobs bind by that type) and a descriptor of its own with its symbol, so the three are the same class but for
 * those names: one template here instead of three copies. Run at build time by {@link OptionSources}; a mistake in
 * the table stops the build with a message naming the entry.
 */
final class BuildStepSources {
    private static final Pattern CLASS = Pattern.compile("Aibom[A-Za-z]*Builder");
    private static final Pattern STEP = Pattern.compile("Aibom[A-Za-z]*Step");

    /** One freestyle build step: its class, its Pipeline step and what the job configuration page calls it. */
    record Builder(String className, String step, String displayName) {
        Builder {
            if (!CLASS.matcher(className).matches() || !STEP.matcher(step).matches()) {
                throw new IllegalArgumentException("builder " + className + ": class must be Aibom...Builder and step"
                        + " Aibom...Step, not '" + step + "'");
            }
            if (displayName.isBlank() || displayName.contains("\"") || displayName.contains("\\")) {
                throw new IllegalArgumentException("builder " + className + ": displayName must be plain text");
            }
        }

        /** The symbol of its descriptor: the class name, first letter lower-case ({@code aibomBuilder}). */
        String symbol() {
            return Character.toLowerCase(className.charAt(0)) + className.substring(1);
        }
    }

    private BuildStepSources() {
    }

    static List<Builder> read(Path table) throws IOException {
        JsonNode root = GoalParameterSources.yaml(table);
        List<Builder> builders = new ArrayList<>();
        try {
            GoalParameterSources.only(root, "the file", Set.of("builders", "settings"));
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("builders").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                GoalParameterSources.only(entry.getValue(), "builder " + entry.getKey(),
                        Set.of("step", "displayName"));
                builders.add(new Builder(entry.getKey(), entry.getValue().path("step").asText(""),
                        entry.getValue().path("displayName").asText("")));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(table + ": " + e.getMessage(), e);
        }
        return builders;
    }

    /**
     * The class each generated step settings base extends ({@code SigningStepSettings: {extends: JudgingStep}}), so
     * that a step offers several groups of options as one flat set of fields (what saved jobs and Pipelines bind):
     * {@code Step} unless the table's {@code settings} say otherwise. An entry must name a generated base.
     */
    static Map<String, String> settingsBases(Path table) throws IOException {
        JsonNode root = GoalParameterSources.yaml(table);
        Map<String, String> bases = new java.util.LinkedHashMap<>();
        Set<String> generated = new java.util.HashSet<>();
        OptionCatalogue.GROUPS.forEach(group -> generated.add(group.baseName() + "StepSettings"));
        try {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("settings").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                GoalParameterSources.only(entry.getValue(), "settings " + entry.getKey(), Set.of("extends"));
                String base = entry.getValue().path("extends").asText("");
                if (!generated.contains(entry.getKey())) {
                    throw new IllegalArgumentException("settings " + entry.getKey() + ": not one of "
                            + generated.stream().sorted().toList());
                }
                if (!base.matches("[A-Z][A-Za-z]*")) {
                    throw new IllegalArgumentException("settings " + entry.getKey() + ": extends must name a class,"
                            + " not '" + base + "'");
                }
                bases.put(entry.getKey(), base);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(table + ": " + e.getMessage(), e);
        }
        return bases;
    }

    static String fileName(Builder builder) {
        return "dev/aibom/jenkins/" + builder.className() + ".java";
    }

    static String source(Builder b, String tableName) {
        return """
                package dev.aibom.jenkins;

                // Generated at build time by dev.aibom.core.job.OptionSources from %5$s: do not edit.

                import hudson.Extension;
                import org.jenkinsci.Symbol;
                import org.kohsuke.stapler.DataBoundConstructor;

                /**
                 * The freestyle build step of {@link %2$s}: the same settings and the same {@link %2$s#perform}.
                 * Its form shows the step's fields ({@code <f:property field="settings"/>}), with the step's help texts:
                 * one set of fields, defaults and help for both.
                 */
                public class %1$s extends StepBuilder {
                    private final %2$s settings;

                    @DataBoundConstructor
                    public %1$s(%2$s settings) {
                        this.settings = settings;
                    }

                    /** The settings, shared with the Pipeline step {@link %2$s}. */
                    public %2$s getSettings() {
                        return settings;
                    }

                    @Override
                    JobExecution.Job job() {
                        return settings;
                    }

                    @Override
                    String symbol() {
                        return "%3$s";
                    }

                    @Extension
                    @Symbol("%3$s")
                    public static final class DescriptorImpl extends StepBuilder.Descriptor {
                        @Override
                        public String getDisplayName() {
                            return "%4$s";
                        }
                    }
                }
                """.formatted(b.className(), b.step(), b.symbol(), b.displayName(), tableName);
    }
}
