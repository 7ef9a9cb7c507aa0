package dev.aibom.core.control.rules.integrity;

import dev.aibom.control.Slicing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.aibom.control.AibomProperties;
import dev.aibom.control.BomView;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.BuiltInRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.ParameterDoc;
import dev.aibom.control.Severity;
import dev.aibom.core.format.FormatInspector;
import dev.aibom.core.format.Inspection;
import dev.aibom.core.format.ModelFormat;
import dev.aibom.core.format.PickleGlobals;
import dev.aibom.core.io.ProjectFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.aibom.core.Errors;

/**
 * Model files are in a format the policy allows, and nothing in them runs code or reaches outside the model's folder
 * when the model is loaded. With the files at hand every model file is inspected (pickle imports against an
 * allowlist, Keras Lambda layers, ONNX external data, safetensors headers); without them, the format the BOM records
 * is judged, and a format that can run code cannot be judged at all.
 */
@AutoService(ControlRule.class)
public final class ModelFormatSafe extends BuiltInRule<ModelFormatSafe.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("model-format-safe",
            "Model files cannot run code when they are loaded", Family.INTEGRITY, Severity.ERROR,
            """
            Each model file is in an allowed format (by its content, not its name). Formats that can run code \
            (pickle, PyTorch zip, joblib, numpy, Keras, HDF5) are inspected: every pickle of a file (one after \
            another; legacy torch.save; inside PyTorch zips, joblib files with any of joblib's compressors and \
            numpy arrays stepped over, numpy object arrays), every Keras object reference (config.json, or \
            HDF5's model_config, parsed as JSON), every ONNX tensor's external data (graphs, subgraphs, \
            attributes, functions: the real path must stay in the model's folder) and safetensors headers. A \
            pickle global gets one of three answers: known to run code (the denylist) fails; on the allowlist \
            (each entry says why constructing it runs no code the file controls) passes; on neither is 'not \
            known to be safe': a warning, a failure with strict. allowedGlobals adds exact names (or module.*, \
            never over the denylist). A part that cannot be checked (too large, unreadable) could not be \
            evaluated. Without the files, a recorded format that can run code, or none, could not be evaluated. A \
            model whose BOM records neither a file in the build nor one fetched at deploy time could not be \
            evaluated either, unless requireRecorded is false (the review policy: CycloneDX has no standard \
            field for a model file's format); then it is not applicable.""",
            "A.6.2.4", "A.10.3")
            .withRemedy("Convert the model to a format that holds only data (safetensors, ONNX, GGUF), or, after"
                    + " checking them, add the globals the pickle needs to allowedGlobals.");

    /**
     * @param allowed        formats allowed ({@code unknown}: a model file whose format is not recognised)
     * @param allowedGlobals pickle globals allowed besides the built-in allowlist: {@code module.name}, or
     *                       {@code module.*}; none may cover the denylist
     * @param strict         a global on neither list fails instead of warning
     * @param requireRecorded whether a model whose BOM records no file of it (neither aibom:artifact:path nor a
     *                        source fetched at deploy time) could not be evaluated (else it is not applicable)
     */
    public record Parameters(
            @ParameterDoc("model formats allowed (safetensors, onnx, gguf, pmml, tflite, pytorch-zip, pickle, joblib,"
                    + " numpy, numpy-zip, keras, hdf5, unknown)") List<String> allowed,
            @ParameterDoc("pickle globals allowed besides the built-in allowlist (module.name, or module.*; never"
                    + " over the denylist)") List<String> allowedGlobals,
            @ParameterDoc("a pickle global or Keras object on neither list fails instead of warning") boolean strict,
            @ParameterDoc("a model whose BOM records no file of it could not be evaluated (else: not applicable)")
            boolean requireRecorded) {
        public Parameters {
            allowed = List.copyOf(allowed);
            allowedGlobals = List.copyOf(allowedGlobals);
            PickleGlobals.withAllowed(allowedGlobals); // refuses a pattern over the denylist, at policy load
        }
    }

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(List.of("safetensors", "onnx", "gguf", "pmml", "tflite", "pytorch-zip", "pickle",
                "joblib", "numpy", "numpy-zip", "keras", "hdf5"), List.of(), false, true);
    }

    @Override
    public Optional<Slicing<ModelFormatSafe.Parameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        FormatInspector inspector = new FormatInspector(PickleGlobals.withAllowed(parameters.allowedGlobals()));
        for (BomItem model : context.bom().items(BomView.MODEL)) {
            String kind = model.property(AibomProperties.ARTIFACT_KIND).orElse("");
            Optional<String> path = model.property(AibomProperties.ARTIFACT_PATH);
            if (kind.equals(AibomProperties.KIND_REMOTE)) {
                recorded(model, parameters, findings); // fetched at deploy time: its files' formats as recorded
                continue;
            }
            if (path.isEmpty()) {
                // nothing says where its files are: what loads it cannot be reached, so it cannot be judged (the
                // property deleted from a BOM would otherwise turn the control off for that model)
                String none = " records no file of it (aibom:artifact:path, or a source fetched at deploy time)";
                if (parameters.requireRecorded()) {
                    findings.error(model, model.label() + " could not be evaluated: the BOM" + none + ", so what"
                            + " loads it cannot be judged (requireRecorded: false makes this not applicable)");
                } else {
                    findings.notApplicable(model, model.label() + ": the BOM" + none + " (requireRecorded: false)");
                }
                continue;
            }
            if (context.filesBase().isPresent()) {
                inspected(context.filesBase().get(), model, path.get(), kind.equals(AibomProperties.KIND_DIRECTORY),
                        parameters, inspector, findings);
            } else {
                recorded(model, parameters, findings);
            }
        }
    }

    private void inspected(ProjectFolder base, BomItem model, String path, boolean directory,
                           Parameters parameters, FormatInspector inspector, Findings findings) {
        ProjectFolder.Located root = base.locate(path);
        List<ProjectFolder.Located> files = new ArrayList<>();
        if (directory) {
            for (JsonNode file : model.node().path("components")) {
                files.add(base.locate(path + "/" + file.path("name").asText()));
            }
        } else {
            files.add(root);
        }
        List<String> formats = new ArrayList<>();
        // what should be inspected and cannot be: never a pass, never "not applicable"
        List<String> cannot = new ArrayList<>();
        int reported = 0;
        for (ProjectFolder.Located located : files) {
            if (located instanceof ProjectFolder.Outside outside) {
                cannot.add(located.recorded() + " (" + outside.why() + ")");
                continue;
            }
            if (located instanceof ProjectFolder.Missing missing) {
                cannot.add(located.recorded() + " (" + missing.why() + ")");
                continue;
            }
            ProjectFolder.Inside file = (ProjectFolder.Inside) located;
            if (!file.regularFile()) {
                cannot.add(file.shown() + " (not a regular file)");
                continue;
            }
            Inspection inspection;
            try {
                Path folder = directory && root instanceof ProjectFolder.Inside r ? r.path() : file.path().getParent();
                inspection = inspector.inspect(file.path(), folder);
            } catch (IOException | RuntimeException e) {
                cannot.add(file.shown() + " (cannot be read: " + Errors.describe(e) + ")");
                continue;
            }
            String shown = file.shown();
            if (inspection.format() == ModelFormat.UNKNOWN && directory) {
                continue; // configs, tokenizers and the like in a model's folder
            }
            formats.add(shown + " (" + inspection.format().value() + ")");
            reported += report(model, shown, inspection, parameters, findings);
        }
        if (directory && formats.isEmpty() && cannot.isEmpty()) {
            boolean unknownAllowed = parameters.allowed().contains(ModelFormat.UNKNOWN.value());
            findings.check(model, unknownAllowed, model.label() + ": no file of its folder " + path + " is in a"
                    + " recognised model format (the policy allows unknown)", model.label() + ": no file of its"
                    + " folder " + path + " is in a recognised model format, so what loads it cannot be judged (the"
                    + " policy does not allow unknown)", model.at(""));
            return;
        }
        if (!cannot.isEmpty()) {
            findings.error(model, model.label() + ": could not be evaluated: " + String.join("; ", cannot));
        }
        if (reported == 0 && cannot.isEmpty()) {
            findings.pass(model, model.label() + ": " + String.join(", ", formats) + ", inspected: nothing runs code"
                    + " when it is loaded", model.at(""));
        }
    }

    /**
     * One file's findings, by weight: a format the policy does not allow, something known to run code or unsafe (a
     * failure), something not known to be safe (a warning, or a failure with strict), a part that could not be
     * checked (could not be evaluated). Returns how many findings it made.
     */
    private static int report(BomItem model, String shown, Inspection inspection, Parameters parameters,
                              Findings findings) {
        int made = 0;
        String file = model.label() + ": " + shown + " (" + inspection.format().value() + ")";
        List<String> failures = new ArrayList<>();
        if (!parameters.allowed().contains(inspection.format().value())) {
            failures.add("is " + describe(inspection.format()) + ", which the policy does not allow");
        }
        inspection.of(Inspection.Kind.DENIED).forEach(issue -> failures.add(issue.line()));
        inspection.of(Inspection.Kind.UNSAFE).forEach(issue -> failures.add(issue.line()));
        List<String> unknown = inspection.of(Inspection.Kind.UNKNOWN).stream().map(Inspection.Issue::line).toList();
        if (parameters.strict()) {
            failures.addAll(unknown);
        }
        if (!failures.isEmpty()) {
            findings.fail(model, file + " " + String.join("; ", failures), model.at(""));
            made++;
        }
        if (!parameters.strict() && !unknown.isEmpty()) {
            findings.failAt(Severity.WARNING, model, file + " " + String.join("; ", unknown), model.at(""));
            made++;
        }
        List<String> unreadable = inspection.of(Inspection.Kind.UNREADABLE).stream().map(Inspection.Issue::line)
                .toList();
        if (!unreadable.isEmpty()) {
            findings.error(model, file + " could not be evaluated: " + String.join("; ", unreadable));
            made++;
        }
        return made;
    }

    /** Without the files: what the BOM records about them. */
    private void recorded(BomItem model, Parameters parameters, Findings findings) {
        List<String> formats = formats(model);
        boolean remote = model.property(AibomProperties.ARTIFACT_KIND).orElse("").equals(AibomProperties.KIND_REMOTE);
        if (formats.isEmpty()) {
            // what loads the model cannot be judged: never a pass, never "not applicable"
            findings.error(model, model.label() + " could not be evaluated: the BOM records no format for "
                    + model.property(AibomProperties.ARTIFACT_FILE).map(f -> "its file " + f).orElse("its files")
                    + " (aibom:artifact:format: the name says nothing and the content is not at hand)"
                    + (remote ? ", and they are fetched at deploy time" : ", and they are not at hand (check with the"
                    + " files: --base DIR)"));
            return;
        }
        List<String> notAllowed = formats.stream().filter(f -> !parameters.allowed().contains(f)).distinct().toList();
        if (!notAllowed.isEmpty()) {
            findings.fail(model, model.label() + " is recorded as " + String.join(", ", notAllowed) + ", which the"
                    + " policy does not allow", model.propertyPointer(AibomProperties.ARTIFACT_FORMAT));
            return;
        }
        List<String> codeRunning = formats.stream().filter(f -> ModelFormat.of(f).map(ModelFormat::canRunCode)
                .orElse(true)).distinct().toList();
        if (!codeRunning.isEmpty()) {
            findings.error(model, model.label() + " is recorded as " + String.join(", ", codeRunning) + ", a format"
                    + " that can run code when loaded, and " + (remote ? "its files are fetched at deploy time, not"
                    + " inspected here (declare the sha256 of the file the deployment loads, in a format that holds"
                    + " only data)" : "its files are not at hand to inspect (check with the files: --base DIR)"));
            return;
        }
        findings.pass(model, model.label() + " is recorded as " + String.join(", ", formats) + " (not inspected:"
                + " the files are not at hand)", model.propertyPointer(AibomProperties.ARTIFACT_FORMAT));
    }

    /**
     * The formats the BOM records for a model: of the file a Hub model's declared sha256 names, when it names one
     * (the file the deployment loads); else of the model and all its files.
     */
    private static List<String> formats(BomItem model) {
        List<String> formats = new ArrayList<>();
        model.property(AibomProperties.ARTIFACT_FORMAT).ifPresent(formats::add);
        if (model.property(AibomProperties.ARTIFACT_FILE).isPresent()) {
            return formats;
        }
        for (JsonNode file : model.node().path("components")) {
            for (JsonNode property : file.path("properties")) {
                if (AibomProperties.ARTIFACT_FORMAT.equals(property.path("name").asText())) {
                    formats.add(property.path("value").asText());
                }
            }
        }
        return formats;
    }

    private static String describe(ModelFormat format) {
        return format == ModelFormat.UNKNOWN ? "not a recognised model format" : "in the format " + format.value();
    }
}
