package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.JsfAlgorithm;
import dev.aibom.core.sign.KeyLoader;
import dev.aibom.core.sign.Passphrase;
import dev.aibom.core.sign.SignOptions;
import dev.aibom.core.sign.SigningKey;
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
        Optional<Passphrase> passphrase = Optional.empty();
        Path key = keyFile == null ? null : path(keyFile);
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
            if (key == null && plain.getPrivateKey() != null) {
                key = Path.of(plain.getPrivateKey());
            }
            if (plain.getPassphrase() != null) {
                passphrase = Optional.of(Passphrase.of(plain.getPassphrase().toCharArray()));
            }
        }
        if (passphrase.isEmpty() && System.getenv(passphraseEnvironment) != null) {
            passphrase = Optional.of(Passphrase.fromEnvironment(passphraseEnvironment, System.getenv()));
        }
        SigningKey signingKey;
        if (keystore != null) {
            signingKey = KeyLoader.pkcs12(path(keystore), keystoreAlias, passphrase.orElseThrow(() ->
                    new AibomException("aibom.keystore: the keystore needs a password; set " + passphraseEnvironment
                            + " or use a settings.xml server (aibom.serverId).")));
        } else if (key != null) {
            signingKey = KeyLoader.privateKey(key, passphrase);
        } else {
            throw new AibomException("aibom:sign needs a key: set aibom.keyFile, aibom.keystore or aibom.serverId.");
        }
        SignOptions options = SignOptions.defaults().withMultipleSigners(signers);
        if (algorithm != null && !algorithm.isBlank()) {
            options = options.withAlgorithm(JsfAlgorithm.fromJsfName(algorithm).orElseThrow(() -> new AibomException(
                    "aibom.algorithm: unknown algorithm '" + algorithm + "'. Use ES256, ES384, ES512, RS256, RS384,"
                            + " RS512, PS256, PS384, PS512 or Ed25519.")));
        }
        Path output = signedBom == null ? path(bom) : path(signedBom);
        var signed = BomSignatures.signFile(path(bom), output, signingKey, options);
        var signature = signed.get("signature");
        var signer = signature.has("signers") ? signature.get("signers").get(signature.get("signers").size() - 1)
                : signature;
        getLog().info("aibom: signed " + output + " with " + signer.get("algorithm").asText() + ", key id "
                + signer.path("keyId").asText());
    }
}
