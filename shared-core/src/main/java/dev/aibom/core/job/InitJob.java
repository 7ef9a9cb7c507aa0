package dev.aibom.core.job;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.Text;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.discovery.Catalogue;
import dev.aibom.core.discovery.Discovery;
import dev.aibom.core.discovery.DiscoveryScanner;
import dev.aibom.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The "init" use case: a starting {@code aibom.yaml} from what discovery finds - the model files the project keeps
 * (by content), the providers of the AI SDKs among its dependencies as suppliers and services - with {@code TODO}
 * where a person must decide. It is a valid descriptor from the start (the TODOs are comments or placeholders the
 * controls then report), and an existing file is never overwritten.
 */
public final class InitJob {
    private InitJob() {
    }

    /**
     * @param descriptor where the descriptor goes; model paths are written relative to its folder
     */
    public record Request(Path descriptor, String systemName, String systemVersion, DiscoveryScanner.Request scan) {
        public Request {
            Objects.requireNonNull(descriptor, "descriptor");
            Objects.requireNonNull(systemName, "systemName");
            Objects.requireNonNull(systemVersion, "systemVersion");
            Objects.requireNonNull(scan, "scan");
        }
    }

    public record Result(Path descriptor, int models, int services) {
    }

    public static Result run(Request request, Log log) throws AibomException, IOException {
        if (Files.exists(request.descriptor())) {
            throw new AibomException(request.descriptor() + " exists already; init never overwrites a descriptor."
                    + " Move it away, or edit it by hand.");
        }
        Discovery discovery = DiscoveryScanner.scan(request.scan());
        Path folder = request.descriptor().toAbsolutePath().getParent();
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Starting AI-BOM descriptor, written by aibom init from what the build ships (")
                .append(discovery.scanned().isEmpty() ? "nothing to look into: no dependencies, resources or"
                        + " packaged artifact" : comment(String.join(", ", discovery.scanned()))).append(").\n")
                .append("# Every TODO needs a person's decision; docs in the README (\"The descriptor: aibom.yaml\").\n")
                .append("system:\n")
                .append("  name: ").append(scalar(request.systemName())).append('\n')
                .append("  version: ").append(scalar(request.systemVersion())).append('\n')
                .append("  description: TODO what the system does, in one sentence\n")
                .append("  owner: TODO the team accountable for the system\n")
                .append("  intendedUse: TODO what it is for, and what it must not be used for\n")
                .append("  # riskLevel: TODO minimal, limited, high or unacceptable (check fails until it is declared)\n\n");
        Map<String, Catalogue.Library> providers = new LinkedHashMap<>();
        boolean runtimes = false;
        for (Discovery.FoundLibrary found : discovery.dependencies()) {
            if (found.library().kind() == Catalogue.Kind.SDK) {
                providers.putIfAbsent(id(found.library().provider()), found.library());
            } else {
                runtimes = true;
            }
        }
        yaml.append("suppliers:\n  - id: internal\n    name: TODO your organisation's legal name\n");
        providers.forEach((id, library) -> yaml.append("  - id: ").append(id).append("\n    name: ")
                .append(scalar(library.provider())).append("   # from ").append(library.name()).append('\n'));
        yaml.append('\n');
        List<Discovery.FoundModelFile> files = discovery.files().stream().filter(f -> !f.path().contains("!/"))
                .toList();
        if (files.isEmpty()) {
            yaml.append("models: []").append(runtimes ? "   # TODO a model runtime is on the class path: declare the"
                    + " models it runs" : "").append("\n\n");
        } else {
            yaml.append("models:\n");
            for (Discovery.FoundModelFile file : files) {
                Path absolute = request.scan().displayBase().resolve(file.path()).normalize();
                String relative = folder.relativize(absolute).toString().replace('\\', '/');
                yaml.append("  - name: ").append(id(fileName(relative))).append("   # found: ").append(comment(file.path()))
                        .append(" (").append(file.format().value()).append(")\n")
                        .append("    version: TODO\n")
                        .append("    supplier: internal   # TODO who made it, if not you\n")
                        .append("    lifecycle: validated   # TODO validated, approved or deployed\n")
                        .append("    file: ").append(scalar(relative)).append('\n')
                        .append("    # license: TODO SPDX id or LicenseRef-...\n")
                        .append("    # task, architecture, datasets, metrics, useCases, limitations, approvals: TODO\n");
            }
            yaml.append('\n');
        }
        if (providers.isEmpty()) {
            yaml.append("services: []\n");
        } else {
            yaml.append("services:\n");
            providers.forEach((id, library) -> yaml.append("  - name: ").append(id).append('\n')
                    .append("    supplier: ").append(id).append('\n')
                    .append("    description: TODO what the system sends to ").append(library.provider())
                    .append(" and why\n")
                    .append("    # endpoints: [TODO https://...]\n"));
        }
        AtomicFiles.write(request.descriptor(), yaml.toString().getBytes(StandardCharsets.UTF_8));
        log.info("wrote " + request.descriptor() + " (" + files.size() + " model" + (files.size() == 1 ? "" : "s")
                + ", " + providers.size() + " service" + (providers.size() == 1 ? "" : "s") + " from "
                + String.join(", ", discovery.scanned()) + "); fill in the TODOs, then run generate");
        return new Result(request.descriptor(), files.size(), providers.size());
    }

    /** A name as a descriptor id: lower case, dashes. */
    static String id(String text) {
        String id = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return id.isEmpty() ? "unnamed" : id;
    }

    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * A YAML scalar, quoted when it could be read as something else; with a line break or another control character
     * (a file's name may hold one) double-quoted with escapes, as JSON writes a string, which YAML reads the same.
     * Written by hand, not by a YAML library, because the descriptor's comments (the TODOs) are the point of it.
     */
    static String scalar(String text) {
        boolean plain = text.matches("[A-Za-z0-9][A-Za-z0-9 ._/()-]*") && !text.endsWith(" ");
        if (plain) {
            return text;
        }
        if (Text.printable(text).equals(text)) {
            return "'" + text.replace("'", "''") + "'";
        }
        try {
            return BomJson.MAPPER.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text for a comment: on its line, whatever it holds (control characters escaped). */
    private static String comment(String text) {
        return Text.printable(text);
    }
}
