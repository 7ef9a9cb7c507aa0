package dev.aibom.core.control.cel;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.aibom.control.AibomProperties;
import dev.aibom.control.BomEntity;
import dev.aibom.control.BomItem;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.checker.CelStandardDeclarations;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelStandardFunctions;
import dev.cel.runtime.standard.DoubleFunction;
import dev.cel.common.CelOptions;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.aibom.core.Numbers;

/**
 * The variables an expression control sees, typed from the BOM view so that a misspelt field or a wrong type is a
 * compile error when the policy is loaded, and the values bound to them at run time. Documented in
 * {@code docs/controls.md} ("Expression controls").
 *
 * <pre>
 * component: aibom.Component            (appliesTo model, dataset or service)
 *   name, type, version, kind, ref, purl, lifecycle, task, classification: string
 *   licenses: list(string)               SPDX ids or expressions as written
 *   supplier: aibom.Organization         { name: string, urls: list(string) }
 *   hashes: map(string, string)          algorithm -> value
 *   properties: map(string, list(string))
 *   endpoints: list(string)              services
 *   metrics: list(aibom.Metric)          { type, value, slice: string }
 *   approvals: list(aibom.Approval)      { by, role, date: string }
 * system: aibom.System                   (always)
 *   name, version, riskLevel, intendedUse, owner: string
 *   properties: map(string, list(string))
 * </pre>
 */
final class CelEnvironment {
    static final String COMPONENT = "component";
    static final String SYSTEM = "system";

    private static final CelType STRING = SimpleType.STRING;
    private static final CelType STRINGS = ListType.create(SimpleType.STRING);
    private static final CelType PROPERTIES = MapType.create(SimpleType.STRING, STRINGS);
    private static final StructType ORGANIZATION = struct("aibom.Organization", Map.of("name", STRING,
            "urls", STRINGS));
    private static final StructType METRIC = struct("aibom.Metric", Map.of("type", STRING, "value", STRING,
            "slice", STRING));
    private static final StructType APPROVAL = struct("aibom.Approval", Map.of("by", STRING, "role", STRING,
            "date", STRING));
    private static final StructType COMPONENT_TYPE = struct("aibom.Component", orderedComponentFields());
    private static final StructType SYSTEM_TYPE = struct("aibom.System", Map.of("name", STRING, "version", STRING,
            "riskLevel", STRING, "intendedUse", STRING, "owner", STRING, "properties", PROPERTIES));

    /** Bounds an expression can never exceed: loops, parse depth, length. */
    static final int MAX_ITERATIONS = 10_000;
    static final int MAX_LENGTH = 4_096;

    private static final CelOptions OPTIONS = CelOptions.current()
            .comprehensionMaxIterations(MAX_ITERATIONS)
            .maxExpressionCodePointSize(MAX_LENGTH)
            .maxParseRecursionDepth(64)
            .build();

    private static volatile Cel forComponents;
    private static volatile Cel forSystem;

    private CelEnvironment() {
    }

    private static Map<String, CelType> orderedComponentFields() {
        Map<String, CelType> fields = new LinkedHashMap<>();
        for (String name : List.of("name", "type", "version", "kind", "ref", "purl", "lifecycle", "task",
                "classification")) {
            fields.put(name, STRING);
        }
        fields.put("licenses", STRINGS);
        fields.put("supplier", ORGANIZATION);
        fields.put("hashes", MapType.create(SimpleType.STRING, SimpleType.STRING));
        fields.put("properties", PROPERTIES);
        fields.put("endpoints", STRINGS);
        fields.put("metrics", ListType.create(METRIC));
        fields.put("approvals", ListType.create(APPROVAL));
        return fields;
    }

    private static StructType struct(String name, Map<String, CelType> fields) {
        Map<String, CelType> copy = new LinkedHashMap<>(fields);
        return StructType.create(name, ImmutableSet.copyOf(copy.keySet()), field -> Optional.ofNullable(copy.get(field)));
    }

    /** The environment for {@code appliesTo: model|dataset|service} (with {@code component} and {@code system}). */
    static Cel components() {
        Cel cel = forComponents;
        if (cel == null) {
            cel = build(true);
            forComponents = cel;
        }
        return cel;
    }

    /** The environment for {@code appliesTo: system} (only {@code system}). */
    static Cel system() {
        Cel cel = forSystem;
        if (cel == null) {
            cel = build(false);
            forSystem = cel;
        }
        return cel;
    }

    private static Cel build(boolean withComponent) {
        var builder = CelFactory.standardCelBuilder()
                .setOptions(OPTIONS)
                // double(string) as CEL has it accepts "NaN", "Infinity" and "1e400" (Double.parseDouble): a metric
                // written so would meet "double(m.value) >= 0.9" or "!(double(m.value) < 0.9)". Here it is an
                // evaluation error, which the control reports as could not be evaluated, never a pass.
                .setStandardEnvironmentEnabled(false)
                .setStandardDeclarations(CelStandardDeclarations.newBuilder().build())
                .setStandardFunctions(CelStandardFunctions.newBuilder().filterFunctions((function, overload) ->
                        !(function == CelStandardFunctions.StandardFunction.DOUBLE
                                && overload == DoubleFunction.DoubleOverload.STRING_TO_DOUBLE)).build())
                .addFunctionBindings(CelFunctionBinding.from("string_to_double", String.class,
                        CelEnvironment::finiteDouble))
                .setStandardMacros(dev.cel.parser.CelStandardMacro.STANDARD_MACROS)
                .setTypeProvider(new Types())
                .setResultType(SimpleType.BOOL)
                .addVar(SYSTEM, SYSTEM_TYPE);
        if (withComponent) {
            builder.addVar(COMPONENT, COMPONENT_TYPE);
        }
        return builder.build();
    }

    /** {@code double(text)}: only a finite decimal number. */
    static double finiteDouble(String text) throws CelEvaluationException {
        return Numbers.finite(text).map(java.math.BigDecimal::doubleValue)
                .orElseThrow(() -> new CelEvaluationException("double(" + Numbers.why(text) + ")"));
    }

    /** The values of {@code component} for one model, dataset or service. */
    static Map<String, Object> component(BomItem item) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", item.name());
        values.put("type", item.type());
        values.put("version", item.version());
        values.put("kind", item.kind());
        values.put("ref", item.ref());
        values.put("purl", item.purl());
        values.put("lifecycle", item.model().lifecycleStage().orElse(""));
        values.put("task", item.model().task());
        values.put("classification", item.data().classification());
        values.put("licenses", List.copyOf(item.licenses()));
        Map<String, Object> supplier = new LinkedHashMap<>();
        supplier.put("name", item.supplier().map(BomEntity::name).orElse(""));
        supplier.put("urls", item.supplier().map(BomEntity::urls).orElse(List.of()));
        values.put("supplier", supplier);
        Map<String, String> hashes = new LinkedHashMap<>();
        item.hashes().forEach(hash -> hashes.putIfAbsent(hash.algorithm(), hash.value()));
        values.put("hashes", hashes);
        values.put("properties", item.properties());
        values.put("endpoints", item.service().endpoints());
        List<Map<String, Object>> metrics = new ArrayList<>();
        item.model().metrics().forEach(m -> metrics.add(Map.of("type", m.type(), "value", m.value(), "slice", m.slice())));
        values.put("metrics", metrics);
        List<Map<String, Object>> approvals = new ArrayList<>();
        item.model().approvals().forEach(a -> approvals.add(Map.of("by", a.by(), "role", a.role(), "date", a.date())));
        values.put("approvals", approvals);
        return values;
    }

    /** The values of {@code system}. */
    static Map<String, Object> system(BomItem system) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", system.name());
        values.put("version", system.version());
        values.put("riskLevel", system.property(AibomProperties.SYSTEM_RISK_LEVEL).orElse(""));
        values.put("intendedUse", system.property(AibomProperties.SYSTEM_INTENDED_USE).orElse(""));
        values.put("owner", system.property(AibomProperties.SYSTEM_OWNER).orElse(""));
        values.put("properties", system.properties());
        return values;
    }

    /** The struct types above, for the checker. */
    private static final class Types implements CelTypeProvider {
        private static final ImmutableMap<String, CelType> TYPES = ImmutableMap.of(
                ORGANIZATION.name(), ORGANIZATION, METRIC.name(), METRIC, APPROVAL.name(), APPROVAL,
                COMPONENT_TYPE.name(), COMPONENT_TYPE, SYSTEM_TYPE.name(), SYSTEM_TYPE);

        @Override
        public ImmutableCollection<CelType> types() {
            return ImmutableList.copyOf(TYPES.values());
        }

        @Override
        public Optional<CelType> findType(String typeName) {
            return Optional.ofNullable(TYPES.get(typeName));
        }
    }
}
