package dev.aibom.core.hash;

/** The digests aibom records; names as CycloneDX spells them and as the JDK knows them. */
public enum HashAlgorithm {
    SHA_256("SHA-256", "SHA-256"),
    SHA_512("SHA-512", "SHA-512");

    private final String cycloneDxName;
    private final String jdkName;

    HashAlgorithm(String cycloneDxName, String jdkName) {
        this.cycloneDxName = cycloneDxName;
        this.jdkName = jdkName;
    }

    public String cycloneDxName() {
        return cycloneDxName;
    }

    public String jdkName() {
        return jdkName;
    }

    public static java.util.Optional<HashAlgorithm> fromCycloneDxName(String name) {
        for (HashAlgorithm algorithm : values()) {
            if (algorithm.cycloneDxName.equalsIgnoreCase(name)) {
                return java.util.Optional.of(algorithm);
            }
        }
        return java.util.Optional.empty();
    }
}
