package dev.aibom.core.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
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
     * @param signed   the canonical bytes the signer signed
     * @param value    the decoded signature value, or null when it is missing or not base64url (see problem)
     * @param problem  why this signature cannot be verified at all, or null
     */
    public record SignedPart(String location, Form form, ObjectNode signer, ObjectNode wrapper, byte[] signed,
                             byte[] value, String problem) {
    }

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
                            JsonNodeFactory.instance.objectNode(), wrapper, new byte[0], null,
                            "the signer entry is not a JSON object"));
                    continue;
                }
                ObjectNode signer = (ObjectNode) array.get(i);
                ObjectNode copy = withoutExcluded((ObjectNode) document, wrapper);
                ObjectNode wrapperCopy = wrapper.deepCopy();
                ArrayNode signedArray = wrapperCopy.putArray(arrayName);
                if (chain) {
                    for (int j = 0; j < i; j++) {
                        signedArray.add(array.get(j).deepCopy());
                    }
                }
                signedArray.add(withoutValue(signer));
                wrapperCopy.remove("excludes"); // JSF: the excludes list itself is not signed
                copy.set(property, wrapperCopy);
                parts.add(part(location, chain ? Form.CHAIN : Form.SIGNERS, signer, wrapper, copy));
            }
            return parts;
        }
        ObjectNode copy = withoutExcluded((ObjectNode) document, wrapper);
        ObjectNode signatureCopy = withoutValue(wrapper);
        signatureCopy.remove("excludes"); // JSF: the excludes list itself is not signed
        copy.set(property, signatureCopy);
        parts.add(part(at, Form.SINGLE, wrapper, wrapper, copy));
        return parts;
    }

    private static SignedPart arrayPart(ArrayNode array, String pointer) {
        if (array.isEmpty() || !array.get(array.size() - 1).isObject()) {
            throw new IllegalArgumentException("a signed array ends with its signature object");
        }
        ObjectNode signer = (ObjectNode) array.get(array.size() - 1);
        ArrayNode copy = array.deepCopy();
        copy.set(copy.size() - 1, withoutValue(signer));
        return part(pointer + "/" + (array.size() - 1), Form.ARRAY, signer, signer, copy);
    }

    private static SignedPart part(String location, Form form, ObjectNode signer, ObjectNode wrapper, JsonNode signed) {
        JsonNode value = signer.get("value");
        byte[] canonical;
        try {
            canonical = Jcs.canonicalize(signed);
        } catch (IllegalArgumentException e) {
            return new SignedPart(location, form, signer, wrapper, new byte[0], null,
                    "the signed content cannot be canonicalized: " + e.getMessage());
        }
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

    private static ObjectNode withoutExcluded(ObjectNode document, ObjectNode wrapper) {
        ObjectNode copy = document.deepCopy();
        for (String name : excludes(wrapper)) {
            copy.remove(name);
        }
        return copy;
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
