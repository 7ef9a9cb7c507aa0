package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A SHA-256 of a JSON tree that two trees share exactly when Jackson calls them equal ({@link JsonNode#equals}): object
 * members in any order, array elements in order, numbers equal only as the same kind of node with the same value
 * ({@code 1} and {@code 1.0} differ, as they do for the schema validator's {@code uniqueItems}, which compares nodes).
 * It lets {@code uniqueItems} be judged over elements that are no longer held: 32 bytes each instead of the element.
 * Hand-written because no library digests a Jackson tree by its own equality; every value is length-prefixed and
 * tagged with its kind, so two different trees never write the same bytes.
 */
final class NodeEquality {
    private NodeEquality() {
    }

    static byte[] digest(JsonNode node) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        write(node, sha256);
        return sha256.digest();
    }

    private static void write(JsonNode node, MessageDigest out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
                members.sort(Map.Entry.comparingByKey());
                tag(out, 'o', members.size());
                for (Map.Entry<String, JsonNode> member : members) {
                    text(out, member.getKey());
                    write(member.getValue(), out);
                }
            }
            case ARRAY -> {
                tag(out, 'a', node.size());
                for (JsonNode element : node) {
                    write(element, out);
                }
            }
            case STRING -> {
                tag(out, 's', 0);
                text(out, node.textValue());
            }
            case NUMBER -> {
                // the node's class is part of its equality (IntNode 1 is not DoubleNode 1.0)
                tag(out, 'n', 0);
                text(out, node.getClass().getSimpleName());
                text(out, node.numberValue().toString());
            }
            case BOOLEAN -> tag(out, node.booleanValue() ? 't' : 'f', 0);
            case NULL -> tag(out, 'z', 0);
            default -> {
                // binary, POJO or missing nodes are never parsed from JSON text
                tag(out, 'x', 0);
                text(out, node.toString());
            }
        }
    }

    private static void tag(MessageDigest out, char kind, int size) {
        out.update((byte) kind);
        out.update(new byte[]{(byte) (size >>> 24), (byte) (size >>> 16), (byte) (size >>> 8), (byte) size});
    }

    private static void text(MessageDigest out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        tag(out, '"', bytes.length);
        out.update(bytes);
    }
}
