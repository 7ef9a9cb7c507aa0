package dev.aibom.core.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.bom.BomGeneration;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.bom.GeneratedBom;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.hash.HashAlgorithm;
import dev.aibom.core.hash.HashListener;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small command line over the core, for the examples and for people without a build tool:
 * <pre>
 * aibom generate --descriptor aibom.yaml [--base DIR] --output target/aibom.cdx.json [--xml FILE]
 *                [--timestamp 2026-01-01T00:00:00Z|EPOCH_SECONDS] [--sha512]
 * aibom validate --bom supplier.cdx.json
 * </pre>
 * Exit codes: 0 done, 1 invalid input (the message says what and where), 2 wrong usage.
 */
public final class Main {
    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    private static final long BIG_FILE = 256L * 1024 * 1024;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.getenv());
        if (code != OK) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.length == 0) {
            err.println(usage());
            return USAGE;
        }
        Map<String, String> options = new HashMap<>();
        List<String> flags = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                err.println("aibom: unexpected argument '" + arg + "'.\n" + usage());
                return USAGE;
            }
            if (arg.equals("--sha512")) {
                flags.add(arg);
            } else if (i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else {
                err.println("aibom: " + arg + " needs a value.\n" + usage());
                return USAGE;
            }
        }
        try {
            return switch (args[0]) {
                case "generate" -> generate(options, flags, out, err, env);
                case "validate" -> validate(options, out, err);
                default -> {
                    err.println("aibom: unknown command '" + args[0] + "'.\n" + usage());
                    yield USAGE;
                }
            };
        } catch (AibomException e) {
            err.println("aibom: " + e.getMessage());
            return INVALID_INPUT;
        } catch (IOException e) {
            err.println("aibom: I/O error: " + e.getMessage());
            return INVALID_INPUT;
        }
    }

    private static int generate(Map<String, String> options, List<String> flags, PrintStream out, PrintStream err,
                                Map<String, String> env) throws AibomException, IOException {
        String descriptor = options.get("descriptor");
        String output = options.get("output");
        if (descriptor == null || output == null) {
            err.println("aibom generate: --descriptor and --output are required.\n" + usage());
            return USAGE;
        }
        Path descriptorPath = Path.of(descriptor).toAbsolutePath();
        Path base = Path.of(options.getOrDefault("base", descriptorPath.getParent().toString()));
        Optional<Instant> timestamp = timestamp(options.get("timestamp"), env.get("SOURCE_DATE_EPOCH"), err);
        if (timestamp.isEmpty()) {
            return USAGE;
        }
        BomOptions bomOptions = BomOptions.at(timestamp.get())
                .withAlgorithms(flags.contains("--sha512") ? Set.of(HashAlgorithm.SHA_512) : Set.of())
                .withListener(new ProgressPrinter(out));
        Path jsonOut = Path.of(output);
        Optional<Path> xmlOut = Optional.ofNullable(options.get("xml")).map(Path::of);
        GeneratedBom bom = BomGeneration.run(new BomGeneration.Request(descriptorPath, base, jsonOut, xmlOut,
                bomOptions));
        out.println("aibom: wrote " + jsonOut + " (CycloneDX 1.6, " + bom.components() + " models and datasets, "
                + bom.tree().path("services").size() + " services, serialNumber " + bom.serialNumber() + ")");
        xmlOut.ifPresent(xml -> out.println("aibom: wrote " + xml));
        return OK;
    }

    private static int validate(Map<String, String> options, PrintStream out, PrintStream err)
            throws AibomException {
        String bom = options.get("bom");
        if (bom == null) {
            err.println("aibom validate: --bom is required.\n" + usage());
            return USAGE;
        }
        LoadedBom loaded = new BomReader().read(Path.of(bom));
        out.println("aibom: " + bom + " is a valid CycloneDX " + loaded.specVersion().getVersionString() + " BOM ("
                + loaded.tree().path("components").size() + " components, signature: "
                + loaded.signatureForm().name().toLowerCase(java.util.Locale.ROOT) + ")");
        return OK;
    }

    /** An explicit --timestamp wins, then SOURCE_DATE_EPOCH (reproducible builds), then now. */
    static Optional<Instant> timestamp(String explicit, String sourceDateEpoch, PrintStream err) {
        String value = explicit != null ? explicit : sourceDateEpoch;
        if (value == null || value.isBlank()) {
            return Optional.of(Instant.now());
        }
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
            }
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException | NumberFormatException e) {
            err.println("aibom: '" + value + "' is not a timestamp; give an ISO-8601 instant such as"
                    + " 2026-01-01T00:00:00Z or seconds since the epoch.");
            return Optional.empty();
        }
    }

    static String usage() {
        return """
                usage: aibom generate --descriptor aibom.yaml --output target/aibom.cdx.json [--base DIR]
                                      [--xml target/aibom.cdx.xml] [--timestamp ISO-8601|EPOCH_SECONDS] [--sha512]
                       aibom validate --bom some.cdx.json""";
    }

    /** Prints hashing progress for big files only; small ones finish before anyone would look. */
    private record ProgressPrinter(PrintStream out) implements HashListener {
        @Override
        public void started(Path file, long size) {
            if (size >= BIG_FILE) {
                out.println("aibom: hashing " + file.getFileName() + " (" + size / (1024 * 1024) + " MiB)");
            }
        }

        @Override
        public void progress(Path file, long hashedBytes, long size) {
            out.println("aibom:   " + file.getFileName() + " " + (hashedBytes * 100 / Math.max(1, size)) + "%");
        }

        @Override
        public void finished(Path file, long size, Duration took) {
            if (size >= BIG_FILE) {
                long millis = Math.max(1, took.toMillis());
                out.println("aibom: hashed " + file.getFileName() + " in " + millis + " ms ("
                        + (size / 1024 / 1024 * 1000 / millis) + " MiB/s)");
            }
        }
    }
}
