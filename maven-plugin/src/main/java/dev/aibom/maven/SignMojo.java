package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.KeySpec;
import dev.aibom.core.job.SignJob;
import dev.aibom.core.sign.Passphrase;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.Server;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Signs the AI-BOM (JSF over RFC 8785 canonical JSON). The key comes from a PEM file, a PKCS#12 keystore, or a
 * {@code settings.xml} server entry (its {@code privateKey} is the key file, its {@code passphrase} the passphrase,
 * decrypted with Maven's master password when encrypted) - the Maven way to keep secrets out of the POM. Passphrases
 * can also come from an environment variable. Secrets are never logged.
 */
@Mojo(name = "sign", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SignMojo extends SignParameters {

    @Override
    protected void run() throws AibomException, java.io.IOException {
        Optional<KeySpec.StoredSecret> secret = Optional.empty();
        if (serverId != null && !serverId.isBlank()) {
            Server plain = server("aibom.serverId", serverId, "<privateKey>...</privateKey><passphrase>...</passphrase>");
            secret = Optional.of(new KeySpec.StoredSecret("settings.xml server " + serverId,
                    Optional.ofNullable(plain.getPrivateKey()).map(Path::of),
                    Optional.ofNullable(plain.getPassphrase()).map(p -> Passphrase.of(p.toCharArray()))));
        }
        KeySpec key = new KeySpec(Optional.ofNullable(keyFile).map(this::path),
                Optional.ofNullable(keystore).map(this::path), Optional.ofNullable(keystoreAlias), secret,
                Optional.ofNullable(passphraseEnvironment), Optional.empty(), Optional.empty());
        Path output = signedBom == null ? path(bom) : path(signedBom);
        SignJob.run(new SignJob.Request(path(bom), output, key, signingSettings().options(),
                "aibom.keyFile, aibom.keystore or aibom.serverId", System.getenv(), limits()), log());
    }
}
