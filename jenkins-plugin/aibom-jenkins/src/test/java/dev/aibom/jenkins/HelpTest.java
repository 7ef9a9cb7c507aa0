package dev.aibom.jenkins;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One step model: every field of a step is on its form with a help text, and each freestyle build step is the
 * step's settings and nothing else - its form shows the step's form, so a field or help file cannot exist on one
 * form only.
 */
class HelpTest {
    private static final Pattern FIELD = Pattern.compile("field=\"([a-zA-Z]+)\"");
    private static final Pattern LOOP = Pattern.compile("<a:options fields=\"\\$\\{descriptor\\.([a-zA-Z]+)}\"");

    private static String resource(Class<?> type, String name) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + "/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A help file as Jenkins finds it (Descriptor.getHelpFile): the class's own, else its superclasses'. */
    private static String help(Class<?> type, String field) throws IOException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            String help = resource(c, "help-" + field + ".html");
            if (help != null) {
                return help;
            }
        }
        return null;
    }

    /** The form's fields: those it names, and the generated options it loops over. */
    private static List<String> formFields(Class<?> type, String form) {
        List<String> fields = new ArrayList<>();
        Matcher matcher = FIELD.matcher(form);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        Matcher loop = LOOP.matcher(form);
        while (loop.find()) {
            generatedForm(type, loop.group(1)).forEach(field -> fields.add(field.getName()));
        }
        return fields;
    }

    /**
     * The generated options a form loops over ({@code items="${descriptor.signingFields}"}): what the step's descriptor
     * returns for that property, as Jelly reads it.
     */
    @SuppressWarnings("unchecked")
    private static List<FormField> generatedForm(Class<?> type, String property) {
        try {
            Class<?> descriptor = Class.forName(type.getName() + "$DescriptorImpl");
            Object instance = descriptor.getConstructor().newInstance();
            return (List<FormField>) descriptor.getMethod("get" + property.substring(0, 1).toUpperCase(Locale.ROOT)
                    + property.substring(1)).invoke(instance);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type + "'s descriptor has no " + property, e);
        }
    }

    /** The step's parameters as Pipeline and the form bind them: constructor parameters and setters. */
    static List<String> parameters(Class<?> type) {
        List<String> properties = new ArrayList<>();
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter parameter : constructor.getParameters()) {
                    properties.add(parameter.getName());
                }
            }
        }
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                String name = method.getName().substring(3);
                properties.add(name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
            }
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(classes = {AibomStep.class, AibomVerifyStep.class, AibomUploadStep.class})
    void everyFieldIsOnTheFormWithHelpAndEveryHelpFileHasAField(Class<?> type) throws Exception {
        List<String> properties = parameters(type);
        assertThat(properties).isNotEmpty();
        String form = resource(type, "config.jelly");
        List<String> fields = formFields(type, form);
        assertThat(fields).as(type.getSimpleName() + " form").containsExactlyInAnyOrderElementsOf(properties);
        for (String field : fields) {
            String help = help(type, field);
            assertThat(help).as(type.getSimpleName() + " help for " + field).isNotNull();
            assertThat(help.replaceAll("<[^>]+>", "").strip()).as(field).hasSizeGreaterThan(40);
        }
        try (var listing = new java.util.Scanner(type.getResourceAsStream(type.getSimpleName() + "/"),
                StandardCharsets.UTF_8)) {
            listing.forEachRemaining(name -> {
                if (name.startsWith("help-")) {
                    assertThat(fields).as("help file " + name + " without a field")
                            .contains(name.substring(5, name.length() - 5));
                }
            });
        } catch (NullPointerException listingNotAvailable) {
            // a jar has no directory listing; the class-path folder does, and the build tests that
        }
    }

    /**
     * The generated options: every one the core offers Jenkins is a field with a setter and a help file written from
     * its one declaration, on both judging steps' forms.
     */
    @org.junit.jupiter.api.Test
    void theGeneratedOptionsAreTheCoresDeclaration() throws Exception {
        List<String> offered = dev.aibom.core.job.JudgingSettings.OPTIONS.stream()
                .filter(o -> o.offeredBy(dev.aibom.core.settings.FrontEnd.JENKINS))
                .map(dev.aibom.core.settings.OptionSpec::name).toList();
        assertThat(JudgingStepSettings.FORM).extracting(FormField::getName).containsExactlyElementsOf(offered);
        assertThat(parameters(AibomStep.class)).containsAll(offered);
        assertThat(parameters(AibomVerifyStep.class)).containsAll(offered);
        // every other group, on the step that offers it (AibomStep: judging and signing, as one flat set of fields)
        assertThat(SigningStepSettings.FORM).extracting(FormField::getName).containsExactly("algorithm", "signers");
        assertThat(parameters(AibomStep.class)).contains("algorithm", "signers", "failOn");
        assertThat(DependencyTrackStepSettings.FORM).extracting(FormField::getName).containsExactlyElementsOf(
                dev.aibom.core.job.DependencyTrackSettings.OPTIONS.stream().map(dev.aibom.core.settings.OptionSpec::name)
                        .toList());
        assertThat(parameters(AibomUploadStep.class)).contains("url", "timeoutSeconds");
        assertThat(help(AibomStep.class, "algorithm")).contains("ES256, ES384, ES512, RS256");
        assertThat(help(AibomUploadStep.class, "timeoutSeconds")).contains("Default: <code>300</code>.");
        // whole numbers bind as int, what a Pipeline passes (hashThreads: 2), with their default on a new form
        assertThat(GeneratingStepSettings.FORM).filteredOn(field -> field.getName().equals("hashThreads"))
                .extracting(FormField::getDefaultValue).containsExactly("0");
        assertThat(AibomStep.class.getMethod("setHashThreads", int.class)).isNotNull();
        assertThat(help(AibomVerifyStep.class, "registerTimeoutSeconds")).isEqualTo("<div>\n  How long to wait, in"
                + " whole seconds from 1 to 600, for a supplier register given as an https URL, the body included. A"
                + " register that does not answer in time fails the build: it is never treated as empty. Default:"
                + " <code>20</code>.\n</div>\n");
        assertThat(help(AibomStep.class, "requireAiComponents")).contains("such a BOM gets a warning"
                + " (<code>ai-components-present</code>).");
        for (FormField field : JudgingStepSettings.FORM) {
            assertThat(resource(AibomStep.class, "help-" + field.getName() + ".html")).as("no copy that would hide"
                    + " the generated help").isNull();
            assertThat(resource(AibomVerifyStep.class, "help-" + field.getName() + ".html")).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {AibomBuilder.class, AibomVerifyBuilder.class, AibomUploadBuilder.class})
    void eachFreestyleBuildStepIsItsStepsSettingsAndNothingElse(Class<?> builder) throws Exception {
        Constructor<?> constructor = builder.getConstructors()[0];
        assertThat(builder.getConstructors()).hasSize(1);
        assertThat(constructor.isAnnotationPresent(DataBoundConstructor.class)).isTrue();
        assertThat(constructor.getParameters()).hasSize(1);
        Class<?> step = constructor.getParameterTypes()[0];
        assertThat(step.getSimpleName()).isEqualTo(builder.getSimpleName().replace("Builder", "Step"));
        assertThat(constructor.getParameters()[0].getName()).isEqualTo("settings");
        assertThat(builder.getMethod("getSettings").getReturnType()).isEqualTo(step);
        assertThat(parameters(builder)).as("fields of its own").containsExactly("settings");
        assertThat(resource(builder, "config.jelly")).contains("<f:property field=\"settings\"/>");
        try (InputStream help = builder.getResourceAsStream(builder.getSimpleName() + "/help-settings.html")) {
            assertThat(help).as("no help folder of its own").isNull();
        }
    }

    /** The example Jenkinsfile and the README's Jenkins snippets name only parameters the steps have. */
    @org.junit.jupiter.api.Test
    void theExamplesUseOnlyParametersTheStepsHave() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of("../..");
        String text = java.nio.file.Files.readString(root.resolve("examples/credit-risk-scorer/Jenkinsfile"))
                + java.nio.file.Files.readString(root.resolve("README.md"));
        java.util.Map<String, Class<?>> steps = java.util.Map.of("aibom", AibomStep.class, "aibomVerify",
                AibomVerifyStep.class, "aibomUpload", AibomUploadStep.class);
        Matcher call = Pattern.compile("\\b(aibom|aibomVerify|aibomUpload)\\s*\\(?((?:[a-zA-Z]+:\\s*[^,\\n)]+"
                + "(?:,\\s*)?\\n?\\s*)+)").matcher(text);
        int checked = 0;
        while (call.find()) {
            List<String> known = parameters(steps.get(call.group(1)));
            Matcher argument = Pattern.compile("([a-zA-Z]+):\\s").matcher(call.group(2));
            while (argument.find()) {
                assertThat(known).as(call.group(1) + " in an example").contains(argument.group(1));
                checked++;
            }
        }
        assertThat(checked).as("parameters checked").isGreaterThan(20);
    }
}
