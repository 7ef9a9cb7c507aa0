package dev.aibom.core.sign;

import dev.aibom.core.AibomException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import dev.aibom.core.io.InputFiles;

/**
 * Where a passphrase comes from: an environment variable or a file, never a command-line argument (those end up in
 * logs and process lists). The value is read only when needed and is never printed: {@link #toString} names the
 * source, not the secret.
 */
public final class Passphrase {
    private final String source;
    private final char[] value;

    private Passphrase(String source, char[] value) {
        this.source = source;
        this.value = value;
    }

    /** The value of environment variable {@code name} in {@code environment}. */
    public static Passphrase fromEnvironment(String name, Map<String, String> environment) throws AibomException {
        Objects.requireNonNull(name, "name");
        String value = environment.get(name);
        if (value == null) {
            throw new AibomException("The passphrase environment variable " + name + " is not set. Set it (in CI from"
                    + " a secret or credential), or give the passphrase in a file instead.");
        }
        return new Passphrase("environment variable " + name, value.toCharArray());
    }

    /** The first line of {@code file} (a trailing newline is not part of the passphrase). */
    public static Passphrase fromFile(Path file) throws AibomException {
        String content = new String(InputFiles.readOrFail(file, InputFiles.KEY_LIMIT,
                new InputFiles.Kind("passphrase file", "a passphrase file holds one line;"
                        + " check that this is the right file.")), StandardCharsets.UTF_8);
        int newline = content.indexOf('\n');
        String line = newline < 0 ? content : content.substring(0, newline);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        return new Passphrase("file " + file, line.toCharArray());
    }

    /** A secret a CI system holds; {@code source} names it for messages ("credential 'x'"), never the value. */
    public static Passphrase held(String source, char[] value) {
        return new Passphrase(Objects.requireNonNull(source, "source"), value.clone());
    }

    /** For tests and programmatic callers that already hold the secret. */
    public static Passphrase of(char[] value) {
        return new Passphrase("caller", value.clone());
    }

    /** A copy of the secret; callers wipe it with {@link Arrays#fill(char[], char)} when done. */
    char[] chars() {
        return value.clone();
    }

    public String source() {
        return source;
    }

    /** Whether the passphrase is empty: nothing to encrypt a key with. */
    public boolean isEmpty() {
        return value.length == 0;
    }

    /** Why an empty passphrase cannot encrypt a new key, for messages. */
    public String emptyForEncryption() {
        return "the passphrase from " + source + " is empty, so it cannot encrypt the key: give a passphrase, or leave"
                + " out the passphrase to write an unencrypted key";
    }

    @Override
    public String toString() {
        return "passphrase from " + source;
    }
}
