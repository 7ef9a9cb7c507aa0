package dev.aibom.core.descriptor;

import java.util.List;

/**
 * One dataset used to train, validate or test a model. In the build: {@code file} or {@code files}, hashed.
 * Elsewhere: {@code url} and the expected {@code sha256}.
 */
public record DatasetDecl(
        String name,
        String version,
        String description,
        String supplier,
        String file,
        String files,
        String url,
        String sha256,
        String license,
        Classification classification,
        Boolean personalData,
        String lawfulBasis,
        String provenance,
        String collectionProcess,
        List<String> qualityChecks,
        List<Party> owners,
        List<Party> custodians,
        List<Party> stewards) {

    public DatasetDecl {
        qualityChecks = Lists.copy(qualityChecks);
        owners = Lists.copy(owners);
        custodians = Lists.copy(custodians);
        stewards = Lists.copy(stewards);
    }
}
