package dev.aibom.core.descriptor;

import java.util.List;

/** The human-written description of one AI system ({@code aibom.yaml}), as parsed, before validation. */
public record Descriptor(
        SystemInfo system,
        List<SupplierDecl> suppliers,
        List<ModelDecl> models,
        List<DatasetDecl> datasets,
        List<ServiceDecl> services) {

    public Descriptor {
        suppliers = Lists.copy(suppliers);
        models = Lists.copy(models);
        datasets = Lists.copy(datasets);
        services = Lists.copy(services);
    }
}
