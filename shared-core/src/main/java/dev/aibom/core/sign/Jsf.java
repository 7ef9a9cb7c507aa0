package dev.aibom.core.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Signature Format 0.82 (enveloped signatures over RFC 8785 canonical JSON): what exactly each signer signed.
 * <ul>
 * <li>single: the object with the signature object minus its {@code value};</li>
 * <li>{@code signers}: the object with the {@code signers} array holding only that signer, minus its value, so
 * signers can be added later without breaking the others;</li>
 * <li>{@code chain}: the object with the chain up to and including that signer, only its own value removed;</li>
 * <li>a signed array: the array with its last element (the signature object) minus its value.</li>
 * </ul>
 * Top-level members named in {@code excludes} are removed before canonicalization, and so is the {@code excludes}
 * list itself (as the JSF reference implementation does). The document itself is never modified.
 */
public final class Jsf {
    public static final String DEFAULT_PROPERTY = "signature";
    /** Members of a signer object that JSF itself defines. */
    static final Set<String> SIGNER_MEMBERS = Set.of("algorithm", "keyId", "publicKey", "certificatePath", "value");
    /** Members of the signature object (wrapper) that JSF defines besides signers/chain. */
    static final Set<String> WRAPPER_MEMBERS = Set.of("signers", "chain", "extensions", "excludes");
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private Jsf() {
    }

    /** The form of one signature object. */
    public enum Form { SINGLE, SIGNERS, CHAIN, ARRAY }

    /**
     * One signer's signature, ready to verify.
     *
     * @param location JSON pointer of the signer object in the document
     * @param signer   the signer object as it stands in the document
     * @param wrapper  the object that holds {@code extensions}/{@code excludes} (the signer itself for single)
     * @param signed   the canonical bytes the signer signed, streamed on demand
     * @param value    the decoded signature value, or null when it is missing or not base64url (see problem)
     * @param problem  why this signature cannot be verified at all, or null
     */
    public record SignedPart(String location, Form form, ObjectNode signer, ObjectNode wrapper, Content signed,
                             byte[] value, String problem) {
    }

    /**
     * The canonical (RFC 8785) form of what a signer signed: the document seen with its excluded members left out and
     * the signature object replaced, streamed into a signature or digest without copying the document or holding its
     * canonical form in memory.
     */
    public interface Content {
        /** @throws IllegalArgumentException when the content cannot be canonicalized (a lone surrogate, NaN) */
        void writeTo(java.io.OutputStream out) throws java.io.IOException;

        /** The whole canonical form (tests, small documents). */
        default byte[] bytes() {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                writeTo(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** {@code document} as if its root members in {@code overrides} were replaced (or left out, for null). */
    private static Content view(JsonNode document, Map<String, JsonNode> overrides) {
        return out -> Jcs.canonicalize(document, overrides, out);
    }

    private static final Content NOTHING = out -> { };

    /**
     * Every signer of the signature under {@code property} of {@code document} (an object), or of the signed array.
     *
     * @param pointer JSON pointer of {@code document} in the file, for locations ("" for the root)
     * @throws IllegalArgumentException when there is no signature or its shape is not JSF
     */
    public static List<SignedPart> signedParts(JsonNode document, String property, String pointer) {
        if (document.isArray()) {
            return List.of(arrayPart((ArrayNode) document, pointer));
        }
        JsonNode signature = document.get(property);
        if (signature == null) {
            throw new IllegalArgumentException("there is no '" + property + "' property");
        }
        if (!signature.isObject()) {
            throw new IllegalArgumentException("'" + property + "' is not a JSON object");
        }
        ObjectNode wrapper = (ObjectNode) signature;
        String at = pointer + "/" + property;
        List<SignedPart> parts = new ArrayList<>();
        if (wrapper.has("signers") || wrapper.has("chain")) {
            boolean chain = wrapper.has("chain");
            String arrayName = chain ? "chain" : "signers";
            if (wrapper.has("signers") && wrapper.has("chain")) {
                throw new IllegalArgumentException("'" + property + "' has both 'signers' and 'chain'");
            }
            JsonNode array = wrapper.get(arrayName);
            if (!array.isArray() || array.isEmpty()) {
                throw new IllegalArgumentException("'" + property + "." + arrayName + "' must be a non-empty array");
            }
            for (int i = 0; i < array.size(); i++) {
                String location = at + "/" + arrayName + "/" + i;
                if (!array.get(i).isObject()) {
                    parts.add(new SignedPart(location, chain ? Form.CHAIN : Form.SIGNERS,
                            JsonNodeFactory.instance.objectNode(), wrapper, NOTHING, null,
                            "the signer entry is not a JSON object"));
                    continue;
                }
                ObjectNode signer = (ObjectNode) array.get(i);
                Map<String, JsonNode> overrides = withoutExcluded(wrapper);
                ObjectNode wrapperCopy = wrapper.deepCopy(); // the signature object: small
                ArrayNode signedArray = wrapperCopy.putArray(arrayName);
                if (chain) {
                    for (int j = 0; j < i; j++) {
                        signedArray.add(array.get(j).deepCopy());
                    }
                }
                signedArray.add(withoutValue(signer));
                wrapperCopy.remove("excludes"); // JSF: the excludes list itself is not signed
                overrides.put(property, wrapperCopy);
                parts.add(part(location, chain ? Form.CHAIN : Form.SIGNERS, signer, wrapper,
                        view(document, overrides)));
            }
            return parts;
        }
        Map<String, JsonNode> overrides = withoutExcluded(wrapper);
        ObjectNode signatureCopy = withoutValue(wrapper);
        signatureCopy.remove("excludes"); // JSF: the excludes list itself is not signed
        overrides.put(property, signatureCopy);
        parts.add(part(at, Form.SINGLE, wrapper, wrapper, view(document, overrides)));
        return parts;
    }

    private static SignedPart arrayPart(ArrayNode array, String pointer) {
        if (array.isEmpty() || !array.get(array.size() - 1).isObject()) {
            throw new IllegalArgumentException("a signed array ends with its signature object");
        }
        ObjectNode signer = (ObjectNode) array.get(array.size() - 1);
        // a shallow copy: the elements are shared, only the last is replaced
        ArrayNode copy = JsonNodeFactory.instance.arrayNode(array.size());
        for (int i = 0; i < array.size() - 1; i++) {
            copy.add(array.get(i));
        }
        copy.add(withoutValue(signer));
        return part(pointer + "/" + (array.size() - 1), Form.ARRAY, signer, signer, view(copy, Map.of()));
    }

    private static SignedPart part(String location, Form form, ObjectNode signer, ObjectNode wrapper,
                                   Content canonical) {
        JsonNode value = signer.get("value");
        if (value == null || !value.isTextual()) {
            return new SignedPart(location, form, signer, wrapper, canonical, null, "the signature has no 'value'");
        }
        String text = value.asText();
        if (text.contains("=") || !text.matches("[A-Za-z0-9_-]*")) {
            return new SignedPart(location, form, signer, wrapper, canonical, null,
                    "the signature 'value' is not base64url without padding");
        }
        return new SignedPart(location, form, signer, wrapper, canonical, B64D.decode(text), null);
    }

    private static ObjectNode withoutValue(ObjectNode signer) {
        ObjectNode copy = signer.deepCopy();
        copy.remove("value");
        return copy;
    }

    /** The root overrides that leave out the members the signature excludes (null: left out). */
    private static Map<String, JsonNode> withoutExcluded(ObjectNode wrapper) {
        Map<String, JsonNode> overrides = new java.util.HashMap<>();
        for (String name : excludes(wrapper)) {
            overrides.put(name, null);
        }
        return overrides;
    }

    /** The top-level members the signature says it does not cover. */
    public static List<String> excludes(ObjectNode wrapper) {
        List<String> names = new ArrayList<>();
        JsonNode excludes = wrapper.get("excludes");
        if (excludes != null) {
            for (JsonNode name : excludes) {
                names.add(name.asText());
            }
        }
        return names;
    }

    /** Members of the signer that are neither JSF's own nor declared in {@code extensions}. */
    static List<String> undeclaredMembers(ObjectNode signer, ObjectNode wrapper) {
        Set<String> declared = new java.util.HashSet<>();
        JsonNode extensions = wrapper.get("extensions");
        if (extensions != null) {
            extensions.forEach(name -> declared.add(name.asText()));
        }
        List<String> undeclared = new ArrayList<>();
        for (Iterator<String> names = signer.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SIGNER_MEMBERS.contains(name) && !declared.contains(name)
                    && !(signer == wrapper && WRAPPER_MEMBERS.contains(name))) {
                undeclared.add(name);
            }
        }
        return undeclared;
    }
}
