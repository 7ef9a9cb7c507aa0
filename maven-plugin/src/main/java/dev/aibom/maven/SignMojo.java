package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.KeySpec;
import dev.aibom.core.job.SignJob;
import dev.aibom.core.sign.JsfAlgorithm;
import dev.aibom.core.sign.Passphrase;
import dev.aibom.core.sign.SignOptions;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Signs the AI-BOM (JSF over RFC 8785 canonical JSON). The key comes from a PEM file, a PKCS#12 keystore, or a
 * {@code settings.xml} server entry (its {@code privateKey} is the key file, its {@code passphrase} the passphrase,
 * decrypted with Maven's master password when encrypted) - the Maven way to keep secrets out of the POM. Passphrases
 * can also come from an environment variable. Secrets are never logged.
 */
@Mojo(name = "sign", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SignMojo extends AbstractAibomMojo {
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private SettingsDecrypter decrypter;

    /** The BOM to sign (in place unless {@code signedBom} is set). */
    @Parameter(property = "aibom.bom", defaultValue = "${project.build.directory}/aibom/aibom.cdx.json")
    private File bom;

    /** Where to write the signed BOM; defaults to the BOM itself. */
    @Parameter(property = "aibom.signedBom")
    private File signedBom;

    /** The private key, PEM (PKCS#8, encrypted PKCS#8, SEC1 EC, PKCS#1 RSA, Ed25519). */
    @Parameter(property = "aibom.keyFile")
    private File keyFile;

    /** A PKCS#12 keystore holding the key (its password from passphraseEnvironment or the server entry). */
    @Parameter(property = "aibom.keystore")
    private File keystore;

    /** The keystore alias; may be left out when the keystore holds one key. */
    @Parameter(property = "aibom.keystoreAlias")
    private String keystoreAlias;

    /** The id of a settings.xml server whose privateKey and passphrase to use. */
    @Parameter(property = "aibom.serverId")
    private String serverId;

    /** The environment variable holding the key's passphrase (or the keystore password). */
    @Parameter(property = "aibom.passphraseEnvironment", defaultValue = "AIBOM_KEY_PASSPHRASE")
    private String passphraseEnvironment;

    /** The signature algorithm; by default the key's (ES256 for P-256, RS256 for RSA, Ed25519 ...). */
    @Parameter(property = "aibom.algorithm")
    private String algorithm;

    /** Use the JSF signers form, so that others (procurement) can countersign later. */
    @Parameter(property = "aibom.signers", defaultValue = "false")
    private boolean signers;

    @Override
    protected void run() throws AibomException, java.io.IOException {
        Optional<KeySpec.StoredSecret> secret = Optional.empty();
        if (serverId != null && !serverId.isBlank()) {
            Server server = session.getSettings().getServer(serverId);
            if (server == null) {
                throw new AibomException("aibom.serverId: settings.xml has no server '" + serverId + "'. Add"
                        + " <server><id>" + serverId + "</id><privateKey>...</privateKey><passphrase>...</passphrase>"
                        + "</server> to settings.xml.");
            }
            SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            if (!decrypted.getProblems().isEmpty()) {
                throw new AibomException("aibom.serverId: cannot decrypt server '" + serverId + "' in settings.xml: "
                        + decrypted.getProblems().get(0).getMessage());
            }
            Server plain = decrypted.getServer();
            secret = Optional.of(new KeySpec.StoredSecret("settings.xml server " + serverId,
                    Optional.ofNullable(plain.getPrivateKey()).map(Path::of),
                    Optional.ofNullable(plain.getPassphrase()).map(p -> Passphrase.of(p.toCharArray()))));
        }
        KeySpec key = new KeySpec(Optional.ofNullable(keyFile).map(this::path),
                Optional.ofNullable(keystore).map(this::path), Optional.ofNullable(keystoreAlias), secret,
                Optional.ofNullable(passphraseEnvironment), Optional.empty(), Optional.empty());
        SignOptions options = SignOptions.defaults().withMultipleSigners(signers);
        if (algorithm != null && !algorithm.isBlank()) {
            options = options.withAlgorithm(JsfAlgorithm.fromJsfName(algorithm).orElseThrow(() -> new AibomException(
                    "aibom.algorithm: unknown algorithm '" + algorithm + "'. Use ES256, ES384, ES512, RS256, RS384,"
                            + " RS512, PS256, PS384, PS512 or Ed25519.")));
        }
        Path output = signedBom == null ? path(bom) : path(signedBom);
        SignJob.run(new SignJob.Request(path(bom), output, key, options,
                "aibom.keyFile, aibom.keystore or aibom.serverId", System.getenv(), limits()), log());
    }
}
