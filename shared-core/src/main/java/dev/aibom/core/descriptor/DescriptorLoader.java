package dev.aibom.core.descriptor;

import dev.aibom.core.InvalidInputException;
import dev.aibom.core.Problem;
import dev.aibom.core.io.ConfigFiles;
import dev.aibom.core.io.SourceMap;
import dev.aibom.core.license.SpdxLicenses;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import dev.aibom.core.Errors;
import dev.aibom.core.Emails;
import dev.aibom.core.hash.FileHasher;
import dev.aibom.core.io.RealPaths;
import dev.aibom.core.io.StrictMappers;
import dev.aibom.core.io.UnhashableFileException;

/**
 * Reads {@code aibom.yaml} (or {@code .json}) and checks everything that can be checked without hashing: required
 * fields, references between entries, licenses, dates, hf:// references and that every path stays inside the
 * project. All problems are reported at once.
 */
public final class DescriptorLoader {
    static final String WHAT = "AI-BOM descriptor";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private DescriptorLoader() {
    }

    /**
     * @param descriptorFile the descriptor; relative paths in it resolve against its folder
     * @param baseDir        the project base folder no path may leave
     */
    public static ValidDescriptor load(Path descriptorFile, Path baseDir) throws InvalidInputException {
        return load(descriptorFile, baseDir, java.util.Optional.empty());
    }

    /**
     * @param properties when present, {@code ${name}} in the descriptor is replaced by the property's value (the
     *                   Maven plugin passes the project's properties); an unknown name is an error
     */
    public static ValidDescriptor load(Path descriptorFile, Path baseDir,
                                       java.util.Optional<Map<String, String>> properties)
            throws InvalidInputException {
        // one real path for every spelling of the descriptor and the base folder (., dir/.., a linked folder)
        Path file = RealPaths.of(descriptorFile);
        Path base = RealPaths.of(baseDir);
        byte[] content = ConfigFiles.readBytes(file, WHAT);
        ConfigFiles.Parsed<Descriptor> parsed = ConfigFiles.parse(file.toString(), content,
                StrictMappers.forFile(file), Descriptor.class, WHAT, properties);
        Check check = new Check(file, base, parsed.sourceMap());
        check.descriptor(parsed.value());
        if (!check.problems.isEmpty()) {
            throw new InvalidInputException(WHAT, file, check.problems);
        }
        return new ValidDescriptor(file, base, parsed.value(), parsed.sourceMap(), check.artifacts);
    }

    private static final class Check {
        private final Path file;
        private final Path base;
        private final SourceMap sourceMap;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, ArtifactLocation> artifacts = new HashMap<>();
        private final Set<String> supplierIds = new HashSet<>();
        private final Set<String> modelNames = new HashSet<>();
        private final Set<String> datasetNames = new HashSet<>();

        Check(Path file, Path base, SourceMap sourceMap) {
            this.file = file;
            this.base = base;
            this.sourceMap = sourceMap;
        }

        void descriptor(Descriptor descriptor) {
            if (descriptor.system() == null) {
                problem("/system", "the 'system' section is missing.",
                        "add 'system:' with at least name and version of the AI system.");
            } else {
                system(descriptor.system());
            }
            for (int i = 0; i < descriptor.suppliers().size(); i++) {
                supplier("/suppliers/" + i, descriptor.suppliers().get(i));
            }
            for (int i = 0; i < descriptor.datasets().size(); i++) {
                String name = descriptor.datasets().get(i).name();
                if (name != null && !datasetNames.add(name)) {
                    problem("/datasets/" + i + "/name", "the dataset name '" + name + "' is used twice.",
                            "give each dataset its own name (add the version to the name if you keep two versions).");
                }
            }
            for (int i = 0; i < descriptor.models().size(); i++) {
                String name = descriptor.models().get(i).name();
                if (name != null && !modelNames.add(name)) {
                    problem("/models/" + i + "/name", "the model name '" + name + "' is used twice.",
                            "give each model its own name.");
                }
            }
            for (int i = 0; i < descriptor.models().size(); i++) {
                model("/models/" + i, descriptor.models().get(i));
            }
            for (int i = 0; i < descriptor.datasets().size(); i++) {
                dataset("/datasets/" + i, descriptor.datasets().get(i));
            }
            Set<String> serviceNames = new HashSet<>();
            for (int i = 0; i < descriptor.services().size(); i++) {
                ServiceDecl service = descriptor.services().get(i);
                if (service.name() != null && !serviceNames.add(service.name())) {
                    problem("/services/" + i + "/name", "the service name '" + service.name() + "' is used twice.",
                            "give each service its own name.");
                }
                service("/services/" + i, service);
            }
        }

        private void system(SystemInfo system) {
            required("/system/name", system.name(), "the name of the AI system");
            required("/system/version", system.version(), "the version of the AI system (e.g. ${project.version})");
            if (present(system.impactAssessment())) {
                if (looksLikeUrl(system.impactAssessment())) {
                    url("/system/impactAssessment", system.impactAssessment());
                } else {
                    path("/system/impactAssessment", system.impactAssessment(), false);
                }
            }
        }

        private void supplier(String at, SupplierDecl supplier) {
            if (required(at + "/id", supplier.id(), "a short id that models, datasets and services refer to")
                    && !supplierIds.add(supplier.id())) {
                problem(at + "/id", "the supplier id '" + supplier.id() + "' is used twice.",
                        "give each supplier its own id.");
            }
            required(at + "/name", supplier.name(), "the supplier's legal or trading name");
            if (present(supplier.url())) {
                url(at + "/url", supplier.url());
            }
            if (supplier.contact() != null) {
                email(at + "/contact/email", supplier.contact().email());
            }
        }

        private void model(String at, ModelDecl model) {
            required(at + "/name", model.name(), "the model's name");
            supplierRef(at + "/supplier", model.supplier());
            artifact(at, model.file(), model.files(), model.source(), model.sha256(), "model");
            if (present(model.source())) {
                source(at + "/source", model.source(), HuggingFaceRef.Type.MODEL);
            }
            license(at + "/license", model.license());
            if (present(model.baseModel()) && HuggingFaceRef.looksLikeOne(model.baseModel())) {
                source(at + "/baseModel", model.baseModel(), HuggingFaceRef.Type.MODEL);
            } else if (model.name() != null && model.name().equals(model.baseModel())) {
                problem(at + "/baseModel", "a model cannot be its own base model.",
                        "name the model this one was trained or fine-tuned from.");
            }
            for (int i = 0; i < model.datasets().size(); i++) {
                String dataset = model.datasets().get(i);
                if (!datasetNames.contains(dataset)) {
                    problem(at + "/datasets/" + i, "the dataset '" + dataset + "' is not declared.",
                            "declare it under 'datasets:' or fix the name (declared: " + sorted(datasetNames) + ").");
                }
            }
            for (int i = 0; i < model.metrics().size(); i++) {
                Metric metric = model.metrics().get(i);
                required(at + "/metrics/" + i + "/type", metric.type(), "the metric's name (e.g. accuracy, auc)");
                required(at + "/metrics/" + i + "/value", metric.value(), "the measured value");
            }
            for (int i = 0; i < model.ethicalConsiderations().size(); i++) {
                required(at + "/ethicalConsiderations/" + i + "/name", model.ethicalConsiderations().get(i).name(),
                        "the risk being considered");
            }
            for (int i = 0; i < model.approvals().size(); i++) {
                Approval approval = model.approvals().get(i);
                String approvalAt = at + "/approvals/" + i;
                required(approvalAt + "/by", approval.by(), "who approved");
                required(approvalAt + "/role", approval.role(), "the approver's role");
                if (required(approvalAt + "/date", approval.date(), "the approval date as YYYY-MM-DD")) {
                    date(approvalAt + "/date", approval.date());
                }
            }
        }

        private void dataset(String at, DatasetDecl dataset) {
            required(at + "/name", dataset.name(), "the dataset's name");
            supplierRef(at + "/supplier", dataset.supplier());
            artifact(at, dataset.file(), dataset.files(), dataset.url(), dataset.sha256(), "dataset");
            if (present(dataset.url())) {
                source(at + "/url", dataset.url(), HuggingFaceRef.Type.DATASET);
            }
            license(at + "/license", dataset.license());
            parties(at + "/owners", dataset.owners());
            parties(at + "/custodians", dataset.custodians());
            parties(at + "/stewards", dataset.stewards());
        }

        private void service(String at, ServiceDecl service) {
            required(at + "/name", service.name(), "the service's name");
            supplierRef(at + "/supplier", service.supplier());
            for (int i = 0; i < service.endpoints().size(); i++) {
                url(at + "/endpoints/" + i, service.endpoints().get(i));
            }
        }

        private void parties(String at, List<Party> parties) {
            for (int i = 0; i < parties.size(); i++) {
                Party party = parties.get(i);
                String partyAt = at + "/" + i;
                boolean organization = present(party.organization());
                boolean person = present(party.name()) || present(party.email());
                if (organization == person) {
                    problem(partyAt, "give either an organization or a person (name and/or email), not "
                                    + (organization ? "both." : "neither."),
                            "write '- organization: <name>' or '- name: <person>' with 'email: <address>'.");
                }
                email(partyAt + "/email", party.email());
            }
        }

        private void artifact(String at, String fileValue, String filesValue, String remote, String sha256,
                              String kind) {
            boolean inBuild = present(fileValue) || present(filesValue);
            if (present(fileValue) && present(filesValue)) {
                problem(at + "/files", "give either 'file' or 'files', not both.",
                        "'file' names one file, 'files' a folder whose files are all hashed.");
            }
            String remoteKey = kind.equals("model") ? "source" : "url";
            if (!inBuild && !present(remote)) {
                problem(at, "the " + kind + " names no 'file', 'files' or '" + remoteKey + "'.",
                        "name the " + kind + "'s file or folder in the build, or where it is fetched from ('"
                                + remoteKey + "') with its expected 'sha256'.");
            }
            if (present(sha256) && !SHA256.matcher(sha256).matches()) {
                problem(at + "/sha256", "'" + sha256 + "' is not a SHA-256 digest (64 hex digits).",
                        "copy the digest from 'sha256sum <file>' or the publisher's checksum list.");
            } else if (!inBuild && present(remote) && !present(sha256)) {
                problem(at + "/sha256", "a " + kind + " that is not in the build must declare the SHA-256 its file"
                                + " must have.",
                        "add 'sha256: <64 hex digits>' so the file fetched at deploy time can be checked.");
            }
            if (present(fileValue)) {
                path(at + "/file", fileValue, false).ifPresent(location -> artifacts.put(at, location));
            } else if (present(filesValue)) {
                path(at + "/files", filesValue, true).ifPresent(location -> artifacts.put(at, location));
            }
        }

        private java.util.Optional<ArtifactLocation> path(String at, String value, boolean directory) {
            Path resolved;
            try {
                Path spelled = file.getParent().resolve(value);
                if (!spelled.normalize().startsWith(base)) {
                    problem(at, "'" + value + "' points outside the project folder " + base + ".",
                            "keep model and data files inside the project (paths are relative to the descriptor's"
                                    + " folder), or set the base folder to a folder that contains them.");
                    return java.util.Optional.empty();
                }
                resolved = RealPaths.of(spelled);
            } catch (InvalidPathException e) {
                problem(at, "'" + value + "' is not a valid path: " + e.getReason() + ".", "fix the path.");
                return java.util.Optional.empty();
            }
            if (!resolved.startsWith(base)) {
                problem(at, "'" + value + "' is a symbolic link to " + resolved + ", outside the project folder.",
                        "copy the file into the project or point the path at the real location inside it.");
                return java.util.Optional.empty();
            }
            if (!Files.exists(resolved)) {
                problem(at, "'" + value + "' does not exist (looked for " + resolved + ").",
                        "fix the path; it is relative to the folder of the descriptor.");
                return java.util.Optional.empty();
            }
            if (directory != Files.isDirectory(resolved)) {
                problem(at, "'" + value + "' is " + (directory ? "a file, not a folder" : "a folder, not a file")
                        + ".", directory ? "use 'file:' for a single file." : "use 'files:' for a folder.");
                return java.util.Optional.empty();
            }
            if (!directory && !Files.isRegularFile(resolved)) {
                problem(at, "'" + value + "' is not a regular file but a FIFO, device or socket; aibom hashes only"
                        + " regular files.", "point 'file:' at the model or data file itself.");
                return java.util.Optional.empty();
            }
            try {
                Path realBase = base;
                if (directory) {
                    for (Path inside : FileHasher.listFiles(resolved)) {
                        if (!inside.toRealPath().startsWith(realBase)) {
                            problem(at, "'" + resolved.relativize(inside) + "' in '" + value
                                            + "' is a symbolic link to " + inside.toRealPath()
                                            + ", outside the project folder.",
                                    "replace the link with the file, or remove it.");
                            return java.util.Optional.empty();
                        }
                    }
                }
            } catch (UnhashableFileException e) {
                problem(at, e.getMessage(), "");
                return java.util.Optional.empty();
            } catch (IOException e) {
                problem(at, "cannot read '" + value + "': " + Errors.describe(e), "check the file's"
                        + " permissions.");
                return java.util.Optional.empty();
            }
            String relative = base.relativize(resolved).toString().replace(base.getFileSystem().getSeparator(), "/");
            return java.util.Optional.of(new ArtifactLocation(resolved, relative, directory));
        }

        private void source(String at, String value, HuggingFaceRef.Type expected) {
            if (HuggingFaceRef.looksLikeOne(value)) {
                try {
                    HuggingFaceRef ref = HuggingFaceRef.parse(value);
                    if (ref.type() != expected) {
                        problem(at, "'" + value + "' is a Hub " + ref.type().name().toLowerCase(java.util.Locale.ROOT)
                                + " repository, not a " + expected.name().toLowerCase(java.util.Locale.ROOT) + ".",
                                expected == HuggingFaceRef.Type.DATASET ? "write a dataset as"
                                        + " hf://datasets/<org>/<name>@<commit>." : "write a model as"
                                        + " hf://<org>/<name>@<commit> (hf://datasets/... is for datasets).");
                    }
                } catch (IllegalArgumentException e) {
                    problem(at, e.getMessage() + ".", "");
                }
            } else {
                url(at, value);
            }
        }

        private void supplierRef(String at, String supplier) {
            if (present(supplier) && !supplierIds.contains(supplier)) {
                problem(at, "the supplier '" + supplier + "' is not declared.",
                        "declare it under 'suppliers:' or use one of the declared ids: " + sorted(supplierIds) + ".");
            }
        }

        private void license(String at, String license) {
            if (!present(license)) {
                return;
            }
            try {
                SpdxLicenses.parse(license);
            } catch (IllegalArgumentException e) {
                problem(at, e.getMessage() + ".", "write an SPDX license expression such as 'Apache-2.0' or"
                        + " 'MIT OR Apache-2.0'.");
            }
        }

        private void url(String at, String value) {
            try {
                URI uri = new URI(value);
                if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                        || uri.getHost() == null) {
                    problem(at, "'" + value + "' is not an http(s) URL.", "write a full URL such as"
                            + " https://example.com/path.");
                }
            } catch (URISyntaxException e) {
                problem(at, "'" + value + "' is not a valid URL: " + e.getReason() + ".", "fix the URL.");
            }
        }

        private void email(String at, String value) {
            // the same check the CycloneDX schema makes, so a bad address is reported here, at its line
            if (present(value) && !Emails.isSchemaValid(value)) {
                problem(at, "'" + value + "' is not a valid e-mail address (RFC 6531, with a known top-level domain).",
                        "write it as name@domain.tld.");
            }
        }

        private void date(String at, String value) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(at, "'" + value + "' is not a valid date.", "write the date as YYYY-MM-DD, e.g. 2026-03-31.");
            }
        }

        private boolean required(String at, String value, String what) {
            if (present(value)) {
                return true;
            }
            String key = at.substring(at.lastIndexOf('/') + 1);
            problem(at, "the required key '" + key + "' is missing or empty.", "add '" + key + ": <" + what + ">'.");
            return false;
        }

        private void problem(String pointer, String message, String fix) {
            SourceMap.Position position = sourceMap.positionOf(pointer);
            problems.add(new Problem(file, position.line(), position.column(), SourceMap.fieldOf(pointer),
                    message, fix));
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }

        private static boolean looksLikeUrl(String value) {
            return value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
        }

        private static String sorted(Set<String> names) {
            return names.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(names));
        }
    }
}
