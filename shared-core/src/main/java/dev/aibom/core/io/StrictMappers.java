package dev.aibom.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Object mappers for human-written configuration (descriptors, policies, registers): unknown keys, duplicate keys,
 * trailing content and silent type coercions are errors, because each of them hides a typo.
 */
public final class StrictMappers {
    private StrictMappers() {
    }

    // each mapper is built on first use: a build usually reads YAML only, and a cold mapper costs milliseconds
    private static final class Json {
        static final ObjectMapper MAPPER = configure(JsonMapper.builder(
                JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build());
    }

    private static final class Yaml {
        static final ObjectMapper MAPPER = configure(YAMLMapper.builder(
                YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build());
    }

    /** The strict JSON mapper (also for converting parsed trees into typed values). */
    public static ObjectMapper json() {
        return Json.MAPPER;
    }

    /** YAML unless the file name ends in {@code .json}. */
    public static ObjectMapper forFile(Path file) {
        return forName(file.getFileName().toString());
    }

    /** YAML unless the name (a file name or URL) ends in {@code .json}. */
    public static ObjectMapper forName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? Json.MAPPER : Yaml.MAPPER;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        // "yes", "1" or "true" in quotes are not booleans, and "12" in quotes is not a number
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }
}
