package dev.aibom.maven;

import dev.aibom.core.TestFiles;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The parameter handling of every goal that the other mojo tests do not reach (sign, declare, review, upload,
 * keygen, init), and the plugin descriptor as users read it: every parameter a user sets has a property
 * ({@code -Daibom.*}) and a description, as cyclonedx-maven-plugin's do.
 */
class MojoParametersTest {
    /** Bound to Maven's own property, on purpose: the reproducible-build timestamp. */
    private static final Set<String> MAVEN_PROPERTIES = Set.of("generate.outputTimestamp");

    @TempDir
    Path temp;

    @Test
    void everyUserParameterHasAnAibomPropertyAndADescription() throws Exception {
        Document plugin;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<String> problems = new ArrayList<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        assertThat(mojos.getLength()).isEqualTo(10);
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element parameter = (Element) parameters.item(j);
                String name = text(parameter, "name");
                if (!"true".equals(text(parameter, "editable")) || MAVEN_PROPERTIES.contains(goal + "." + name)) {
                    continue;
                }
                if (text(parameter, "description").isBlank()) {
                    problems.add(goal + "." + name + ": no description (Javadoc)");
                }
                NodeList bound = configuration.getElementsByTagName(name);
                String expression = bound.getLength() == 0 ? "" : bound.item(0).getTextContent();
                if (!expression.startsWith("${aibom.")) {
                    problems.add(goal + "." + name + ": no aibom.* property (" + expression + ")");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static String failure(AbstractMojo mojo) {
        return catchThrowableOfType(MojoExecutionException.class, mojo::execute).getMessage();
    }

    private <M extends AbstractMojo> M mojo(M mojo, Path basedir) {
        Mojos.log(mojo);
        return Mojos.set(mojo, "basedir", basedir.toFile());
    }

    @Test
    void signNamesTheKeyThatIsMissingOrUnknown() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("s"));
        Path bom = Files.writeString(project.resolve("bom.json"), "{}");
        SignMojo sign = mojo(new SignMojo(), project);
        Mojos.set(sign, "bom", bom.toFile());
        Mojos.set(sign, "passphraseEnvironment", "AIBOM_KEY_PASSPHRASE");
        assertThat(failure(sign)).isEqualTo("No signing key is configured: set aibom.keyFile, aibom.keystore or aibom.serverId.");
        Mojos.set(sign, "keyFile", Mojos.file(project, "keys/missing.pem"));
        assertThat(failure(sign)).isEqualTo("Key file " + project.resolve("keys/missing.pem") + ": the file does not exist."
                + " Create it, or point the key file setting at the right path.");
        Mojos.set(sign, "keyFile", null);
        Mojos.set(sign, "algorithm", "RS1");
        assertThat(failure(sign)).isEqualTo("aibom.algorithm: 'RS1' is not one of ES256, ES384, ES512, RS256, RS384,"
                + " RS512, PS256, PS384, PS512, Ed25519.");
        Mojos.set(sign, "algorithm", "HS256");
        assertThat(failure(sign)).isEqualTo("aibom.algorithm: 'HS256' is not one of ES256, ES384, ES512, RS256, RS384,"
                + " RS512, PS256, PS384, PS512, Ed25519.");
    }

    @Test
    void declareNeedsItsSignatoryAndItsBom() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("d"));
        DeclareMojo declare = mojo(new DeclareMojo(), project);
        Mojos.set(declare, "bom", project.resolve("target/aibom/aibom.cdx.json").toFile());
        Mojos.set(declare, "configDirectory", project.toFile());
        Mojos.set(declare, "baseDirectory", project.toFile());
        Mojos.set(declare, "registerTimeoutSeconds", 20);
        assertThat(failure(declare)).isEqualTo("aibom.signatory: not set: a declaration names the person who affirms it"
                + " and their role.");
        Mojos.set(declare, "signatory", "Dana Whitfield");
        assertThat(failure(declare)).isEqualTo("aibom.signatoryRole: not set: a declaration names the person who"
                + " affirms it and their role.");
        Mojos.set(declare, "signatoryRole", "Head of Model Risk");
        Path bom = project.resolve("target/aibom/aibom.cdx.json");
        assertThat(failure(declare)).isEqualTo("Invalid CycloneDX BOM " + bom + ":\n  - " + bom + ": the file does"
                + " not exist. Fix: create it, or point the CycloneDX BOM setting at the right path.");
    }

    @Test
    void reviewNamesTheRegisterAndTheBom() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("r"));
        ReviewMojo review = mojo(new ReviewMojo(), project);
        Mojos.set(review, "bom", Mojos.file(project, "acme-fraud-scoring.cdx.json"));
        Mojos.set(review, "suppliers", "missing-suppliers.yaml");
        Mojos.set(review, "reportsDirectory", project.resolve("out").toFile());
        Mojos.set(review, "registerTimeoutSeconds", "20");
        assertThat(failure(review)).isEqualTo("aibom.suppliers: the supplier register " + project.resolve("missing-suppliers.yaml")
                + " does not exist. Point aibom.suppliers at the supplier register, or remove the setting.");
        Mojos.set(review, "suppliers", "suppliers.yaml");
        Mojos.set(review, "failOn", "sometimes");
        assertThat(failure(review)).isEqualTo("aibom.failOn: must be error, warning or never, not 'sometimes'.");
        Mojos.set(review, "failOn", null);
        Mojos.set(review, "today", "yesterday");
        assertThat(failure(review)).isEqualTo("aibom.today: 'yesterday' is not a date; write YYYY-MM-DD.");
    }

    @Test
    void uploadNamesWhatIsMissingOrWrong() throws Exception {
        Path project = TestFiles.copyTree(TestFiles.example("supplier-review"), temp.resolve("u"));
        UploadMojo upload = mojo(new UploadMojo(), project);
        Mojos.set(upload, "bom", Mojos.file(project, "acme-fraud-scoring.cdx.json"));
        assertThat(failure(upload)).isEqualTo("aibom.dependencyTrack.url: not set: give the base URL of"
                + " Dependency-Track's API server, such as https://dtrack.example.com.");
        Mojos.set(upload, "url", "ftp://dt.example.invalid");
        assertThat(failure(upload)).isEqualTo("aibom.dependencyTrack.url: the Dependency-Track URL must be an https URL"
                + " with a host, e.g. https://dtrack.example.com.");
        Mojos.set(upload, "url", "https://dt.example.invalid");
        Mojos.set(upload, "timeoutSeconds", "0");
        assertThat(failure(upload)).isEqualTo("aibom.dependencyTrack.timeoutSeconds: '0' is not a whole number of"
                + " seconds from 1 to 86400.");
        Mojos.set(upload, "timeoutSeconds", "300");
        Mojos.set(upload, "projectUuid", "not-a-uuid");
        assertThat(failure(upload)).isEqualTo("aibom.dependencyTrack.projectUuid, aibom.dependencyTrack.projectName,"
                + " aibom.dependencyTrack.projectVersion: the project UUID 'not-a-uuid' is not a UUID (36 characters,"
                + " lower-case hex, e.g. 6a1b9d3e-0f4c-4f2e-9a57-3c1d2b4e5f60).");
        Mojos.set(upload, "projectUuid", null);
        assertThat(failure(upload)).isEqualTo("The Dependency-Track API key is not set: give aibom.dependencyTrack.serverId (a"
                + " settings.xml server whose password is the key) or set the environment variable AIBOM_DT_API_KEY.");
    }

    @Test
    void keygenRefusesAnUnknownKeyTypeAndInitAnExistingDescriptor() throws Exception {
        KeygenMojo keygen = mojo(new KeygenMojo(), temp);
        Mojos.set(keygen, "privateKey", temp.resolve("k/key.pem").toFile());
        Mojos.set(keygen, "publicKey", temp.resolve("k/key.pub.pem").toFile());
        Mojos.set(keygen, "passphraseEnvironment", "AIBOM_TEST_NO_SUCH_VARIABLE");
        Mojos.set(keygen, "keyType", "dsa");
        assertThat(failure(keygen)).isEqualTo("aibom.keyType must be one of EC_P256, EC_P384, EC_P521, RSA_3072, ED25519,"
                + " not 'dsa'.");

        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("i"));
        InitMojo init = mojo(new InitMojo(), project);
        Mojos.set(init, "descriptor", project.resolve("aibom.yaml").toFile());
        Mojos.set(init, "project", Mojos.project(project));
        assertThat(failure(init)).isEqualTo(project.resolve("aibom.yaml") + " exists already; init never overwrites a descriptor."
                + " Move it away, or edit it by hand.");
        assertThat(new File(project.toFile(), "aibom.yaml")).exists();
        // -Daibom.systemName= and -Daibom.systemVersion= (blank): the project's, as when unset
        Mojos.set(init, "descriptor", project.resolve("fresh/aibom.yaml").toFile());
        Mojos.set(init, "systemName", " ");
        init.execute();
        assertThat(Files.readString(project.resolve("fresh/aibom.yaml"))).startsWith("# Starting AI-BOM descriptor,"
                + " written by aibom init from what the build ships (nothing to look into: no dependencies, resources"
                + " or packaged artifact).\n").contains("  name: p\n", "  version: '${project.version}'\n");
    }
}
