package dev.aibom.core.bom;

/** How the BOM root is signed, per JSF 0.82. */
public enum SignatureForm {
    /** No {@code signature} member. */
    NONE,
    /** One signer: the signature object carries {@code algorithm} and {@code value}. */
    SINGLE,
    /** {@code signers}: independent signatures, each over the object with only itself in the array. */
    SIGNERS,
    /** {@code chain}: each signature also covers the ones before it. */
    CHAIN
}
