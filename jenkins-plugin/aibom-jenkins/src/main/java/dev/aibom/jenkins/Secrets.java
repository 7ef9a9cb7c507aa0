package dev.aibom.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import dev.aibom.core.io.InputFiles;
import dev.aibom.core.job.KeyMaterial;
import hudson.AbortException;
import hudson.model.Run;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Secrets from the Credentials plugin, looked up on the controller in the build's context (folder and global
 * credentials the build may use) and recorded as used by the build. A missing id or a credential of the wrong kind is
 * an error naming the id and the parameter; no value is ever printed.
 */
final class Secrets {
    private Secrets() {
    }

    /**
     * The signing key: a Secret file (or Secret text) holding the PEM private key, and, when the key is encrypted,
     * a Secret text holding its passphrase.
     */
    static KeyMaterial signingKey(Run<?, ?> run, String step, String keyId, String passphraseId)
            throws AbortException {
        StandardCredentials key = find(run, step, "keyCredentialsId", keyId,
                "a Secret file (or Secret text) holding the PEM private key");
        byte[] pem;
        if (key instanceof FileCredentials file) {
            try (InputStream in = file.getContent()) {
                pem = in.readNBytes((int) InputFiles.KEY_LIMIT + 1);
            } catch (IOException e) {
                throw new AbortException(step + ": keyCredentialsId '" + keyId + "': the Secret file cannot be read ("
                        + e.getMessage() + "). Upload the PEM private key again.");
            }
        } else if (key instanceof StringCredentials text) {
            pem = text.getSecret().getPlainText().getBytes(StandardCharsets.UTF_8);
        } else {
            throw wrongKind(step, "keyCredentialsId", keyId, key,
                    "a Secret file (or Secret text) holding the PEM private key");
        }
        char[] passphrase = null;
        if (passphraseId != null && !passphraseId.isBlank()) {
            StandardCredentials secret = find(run, step, "passphraseCredentialsId", passphraseId,
                    "a Secret text holding the key's passphrase");
            if (!(secret instanceof StringCredentials text)) {
                throw wrongKind(step, "passphraseCredentialsId", passphraseId, secret,
                        "a Secret text holding the key's passphrase");
            }
            passphrase = text.getSecret().getPlainText().toCharArray();
        }
        return new KeyMaterial("credential '" + keyId.trim() + "'", pem, passphrase == null ? null
                : "credential '" + passphraseId.trim() + "'", passphrase);
    }

    /** The Dependency-Track API key: a Secret text. */
    static String apiKey(Run<?, ?> run, String step, String id) throws AbortException {
        StandardCredentials found = find(run, step, "credentialsId", id,
                "a Secret text holding the Dependency-Track API key");
        if (!(found instanceof StringCredentials text)) {
            throw wrongKind(step, "credentialsId", id, found, "a Secret text holding the Dependency-Track API key");
        }
        return text.getSecret().getPlainText();
    }

    private static StandardCredentials find(Run<?, ?> run, String step, String parameter, String id, String kind)
            throws AbortException {
        StandardCredentials found = CredentialsProvider.findCredentialById(id.trim(), StandardCredentials.class, run,
                List.of());
        if (found == null) {
            throw new AbortException(step + ": " + parameter + " '" + id.trim() + "': no credentials with this id are"
                    + " available to this build. Add " + kind + " with this id (in the job's folder or in the global"
                    + " credentials), or correct the id.");
        }
        CredentialsProvider.track(run, found);
        return found;
    }

    private static AbortException wrongKind(String step, String parameter, String id, StandardCredentials found,
                                            String kind) {
        return new AbortException(step + ": " + parameter + " '" + id.trim() + "' is a "
                + found.getClass().getSimpleName() + " credential, not " + kind + ". Choose a credential of that kind.");
    }
}
