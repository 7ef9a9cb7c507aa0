package dev.aibom.jenkins;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.stapler.DataBoundSetter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field of both steps and the builder is on its form and has a help text. */
class HelpTest {
    private static final Pattern FIELD = Pattern.compile("field=\"([a-zA-Z]+)\"");

    private static String resource(Class<?> type, String name) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + "/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {AibomStep.class, AibomVerifyStep.class, AibomBuilder.class, AibomUploadStep.class,
            AibomUploadBuilder.class})
    void everyFieldIsOnTheFormWithHelp(Class<?> type) throws Exception {
        List<String> properties = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                String name = method.getName().substring(3);
                properties.add(name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
            }
        }
        assertThat(properties).isNotEmpty();
        String form = resource(type, "config.jelly");
        List<String> fields = new ArrayList<>();
        Matcher matcher = FIELD.matcher(form);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        assertThat(fields).as(type.getSimpleName() + " form").containsAll(properties);
        for (String field : fields) {
            String help = resource(type, "help-" + field + ".html");
            assertThat(help).as(type.getSimpleName() + " help for " + field).isNotNull();
            assertThat(help.replaceAll("<[^>]+>", "").strip()).as(field).hasSizeGreaterThan(40);
        }
    }
}
