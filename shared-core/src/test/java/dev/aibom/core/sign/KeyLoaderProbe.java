package dev.aibom.core.sign;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Run in its own JVM by {@link KeyLoaderTest}: loads a plain PKCS#8 key and a public key, signs and verifies, so the
 * test can see from the class-loading log which libraries that needed.
 */
public final class KeyLoaderProbe {
    private KeyLoaderProbe() {
    }

    public static void main(String[] args) throws Exception {
        SigningKey key = KeyLoader.privateKey(Path.of(args[0]), Optional.empty());
        ObjectNode document = JsonNodeFactory.instance.objectNode().put("bomFormat", "CycloneDX");
        ObjectNode signed = JsfSigner.sign(document, key, SignOptions.defaults());
        VerificationPolicy policy = VerificationPolicy.trusting(KeyLoader.publicKeys(Path.of(args[1])));
        List<SignerResult> results = new JsfVerifier(policy).verify(signed, Jsf.DEFAULT_PROPERTY, "");
        System.out.println("probe: " + results.get(0).reason());
    }
}
