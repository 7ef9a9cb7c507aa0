package dev.aibom.core.job;

import dev.aibom.core.io.ReadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.KeyFingerprint;
import dev.aibom.core.sign.SignOptions;
import dev.aibom.core.sign.SigningKey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** The "sign" use case: read a BOM strictly, sign it with the key the spec names, write it atomically. */
public final class SignJob {
    private SignJob() {
    }

    /**
     * @param output      where the signed BOM goes (may be the BOM itself)
     * @param parameters  how the user names the key settings, for the message when none is set
     * @param environment where passphrase variables are read
     * @param limits the largest BOM read and written (the front end's maxBomSize)
     */
    public record Request(Path bom, Path output, KeySpec key, SignOptions options, String parameters,
                          Map<String, String> environment,
                          ReadLimits limits) {
        public Request {
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(parameters, "parameters");
            environment = Map.copyOf(environment);
        }

        @Override
        public String toString() {
            return "SignJob.Request[" + bom + "]"; // never the environment
        }
    }

    /**
     * @param keyId the JSF {@code keyId} written (the RFC 7638 thumbprint unless configured)
     */
    public record Result(Path output, String algorithm, KeyFingerprint fingerprint, String keyId, SigningKey key) {
    }

    public static Result run(Request request, Log log) throws AibomException, IOException {
        SigningKey key = request.key().load(request.environment(), request.parameters());
        JsonNode signature = BomSignatures.signFile(request.bom(), request.output(), key, request.options(),
                request.limits());
        JsonNode signer = signature.has("signers") ? signature.get("signers").get(signature.get("signers").size() - 1)
                : signature;
        Result result = new Result(request.output(), signer.path("algorithm").asText(),
                KeyFingerprint.of(key.publicKey()), signer.path("keyId").asText(""), key);
        log.info("signed " + request.output() + " with " + result.algorithm() + ", key " + result.fingerprint());
        return result;
    }
}
