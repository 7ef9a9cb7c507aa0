package dev.aibom.core.descriptor;

import java.util.List;

/** A third-party AI service (e.g. a hosted LLM API) the system calls at run time: CycloneDX {@code services[]}. */
public record ServiceDecl(
        String name,
        String version,
        String supplier,
        String description,
        List<String> endpoints,
        Boolean authenticated,
        List<Classification> dataSent) {

    public ServiceDecl {
        endpoints = Lists.copy(endpoints);
        dataSent = Lists.copy(dataSent);
    }
}
