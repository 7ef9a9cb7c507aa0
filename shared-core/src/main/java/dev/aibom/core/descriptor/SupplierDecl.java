package dev.aibom.core.descriptor;

/**
 * Someone who supplies models, data or AI services. The id {@value #INTERNAL} means "our own organisation".
 */
public record SupplierDecl(String id, String name, String url, Contact contact) {
    public static final String INTERNAL = "internal";
}
