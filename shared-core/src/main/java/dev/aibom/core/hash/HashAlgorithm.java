package dev.aibom.core.hash;

/** The digests aibom records; names as CycloneDX spells them and as the JDK knows them. */
public enum HashAlgorithm {
    SHA_256("SHA-256", "SHA-256", 64),
    SHA_512("SHA-512", "SHA-512", 128);

    private final String cycloneDxName;
    private final String jdkName;
    private final int hexLength;

    HashAlgorithm(String cycloneDxName, String jdkName, int hexLength) {
        this.cycloneDxName = cycloneDxName;
        this.jdkName = jdkName;
        this.hexLength = hexLength;
    }

    public String cycloneDxName() {
        return cycloneDxName;
    }

    public String jdkName() {
        return jdkName;
    }

    public int hexLength() {
        return hexLength;
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
