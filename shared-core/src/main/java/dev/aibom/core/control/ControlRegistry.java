package dev.aibom.core.control;

import dev.aibom.control.ControlMetadata;

import dev.aibom.control.ControlRule;
import dev.aibom.core.AibomException;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Every control the engine, the policy loader, the waivers and the reports know: the built-in rules and the rules
 * that jars on the class path declare with {@code META-INF/services/dev.aibom.control.ControlRule}. Rules are
 * found with {@link ServiceLoader} through an explicit class loader - the one that loaded aibom, or one the caller
 * gives - never the thread's context class loader, which in Maven and Jenkins belongs to someone else. Two rules
 * with the same id are an error that names both classes and where they came from.
 *
 * <p>Order: by family (system, suppliers, life cycle, data, integrity, waivers), then as the rule files list them.
 */
public final class ControlRegistry {
    /** A rule and where it came from. */
    public record Entry(ControlRule<?> rule, String origin, boolean builtIn) {
    }

    private static volatile ControlRegistry builtIn;

    private final Map<String, Entry> entries;

    private ControlRegistry(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The built-in rules and every rule on aibom's own class path. */
    public static ControlRegistry load() throws AibomException {
        return load(ControlRegistry.class.getClassLoader());
    }

    /**
     * The built-in rules and every rule {@code loader} finds (a Maven plugin's realm with its {@code <dependencies>},
     * a Jenkins plugin's class loader).
     */
    public static ControlRegistry load(ClassLoader loader) throws AibomException {
        List<ControlRule<?>> rules = new ArrayList<>();
        try {
            for (ControlRule<?> rule : ServiceLoader.load(ControlRule.class, loader)) {
                rules.add(rule);
            }
        } catch (ServiceConfigurationError e) {
            throw new AibomException("A control rule on the class path cannot be loaded: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")") + ". Fix or remove the jar that"
                    + " declares it in META-INF/services/" + ControlRule.class.getName() + ".", e);
        }
        return of(rules);
    }

    /**
     * The rules built into aibom, without any from other jars. Cached: the built-in rules are stateless and never
     * change.
     */
    public static ControlRegistry builtIn() {
        ControlRegistry registry = builtIn;
        if (registry == null) {
            try {
                List<ControlRule<?>> rules = new ArrayList<>();
                for (ControlRule<?> rule : ServiceLoader.load(ControlRule.class, ControlRegistry.class
                        .getClassLoader())) {
                    if (isBuiltIn(rule)) {
                        rules.add(rule);
                    }
                }
                registry = of(rules);
            } catch (AibomException e) {
                throw new IllegalStateException("aibom's built-in rules are inconsistent: " + e.getMessage(), e);
            }
            builtIn = registry;
        }
        return registry;
    }

    /** A registry of exactly these rules. */
    public static ControlRegistry of(List<? extends ControlRule<?>> rules) throws AibomException {
        List<Entry> sorted = new ArrayList<>();
        for (ControlRule<?> rule : rules) {
            sorted.add(new Entry(rule, origin(rule), isBuiltIn(rule)));
        }
        // stable: within a family, built-in rules keep the order of the rule files
        sorted.sort(Comparator.comparing((Entry e) -> e.rule().metadata().family()).thenComparing(e -> !e.builtIn()));
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Entry entry : sorted) {
            ControlMetadata metadata;
            try {
                metadata = entry.rule().metadata();
                entry.rule().defaultParameters();
            } catch (RuntimeException e) {
                throw new AibomException("The control rule " + entry.origin() + " is broken: " + e.getMessage()
                        + ". Fix or remove it.", e);
            }
            Entry existing = entries.putIfAbsent(metadata.id(), entry);
            if (existing != null) {
                throw new AibomException("Two control rules have the id '" + metadata.id() + "': "
                        + existing.origin() + " and " + entry.origin() + ". Control ids must be unique; rename"
                        + " one of them, or remove the jar that should not be on the class path.");
            }
        }
        return new ControlRegistry(entries);
    }

    public Optional<ControlRule<?>> get(String id) {
        Entry entry = entries.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.rule());
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every rule, in catalogue order. */
    public List<ControlRule<?>> rules() {
        return entries.values().stream().<ControlRule<?>>map(Entry::rule).toList();
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Every id, in catalogue order. */
    public List<String> ids() {
        return List.copyOf(entries.keySet());
    }

    /** Built in: loaded from the same jar (or classes folder) as aibom's core. */
    private static boolean isBuiltIn(ControlRule<?> rule) {
        URL own = location(ControlRegistry.class);
        return own != null && own.equals(location(rule.getClass()));
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    /** {@code com.acme.NoGplRule (file:/.../acme-rules-1.0.jar)}. */
    private static String origin(ControlRule<?> rule) {
        URL location = location(rule.getClass());
        return rule.getClass().getName() + (location == null ? "" : " (" + location + ")");
    }
}
