package dev.aibom.core.control.rules.integrity;

import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.core.Errors;
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
import dev.aibom.core.io.ProjectFolder;
import dev.aibom.core.modelsig.ModelSignatureResult;
import dev.aibom.core.modelsig.ModelSignatureVerifier;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * At the risk levels the policy names, every model in the build carries an OpenSSF Model Signing signature
 * ({@code model.sig}) that verifies: signed with a key or certificate the user trusts, every file as signed. The
 * signature is checked again against the files; what the BOM's {@code aibom:modelSignature} says is the generator's
 * account, and a disagreement is named.
 */
@AutoService(ControlRule.class)
public final class ModelSignatureVerified extends BuiltInRule<ModelSignatureVerified.Parameters> {
    private static final ControlMetadata METADATA = ControlMetadata.of("model-signature-verified",
            "Models carry an OpenSSF model signature that verifies", Family.INTEGRITY, Severity.ERROR,
            "At the system risk levels listed in riskLevels (all: at every level), each model whose files are in the"
                    + " build has a model.sig (OpenSSF Model Signing: a Sigstore bundle with a DSSE-signed in-toto"
                    + " statement) in its folder, signed with a trusted public key or a certificate that chains to a"
                    + " trusted CA root (the BOM signature's trust options), listing every file of the folder with"
                    + " its SHA-256, none changed, missing or extra. The signature is verified again against the"
                    + " files; without them it could not be evaluated. Models fetched at deploy time (hf://) are not"
                    + " applicable; a model whose BOM records no file of it could not be evaluated.",
            "A.6.2.4", "A.10.3")
            .withRemedy("Sign the model folder with the model_signing tool (python -m model_signing sign key ...)"
                    + " and give its public key (or CA root) as a trusted key, or re-sign after an intended change.");

    /** @param riskLevels system risk levels at which models must be signed; {@code all} for every level */
    public record Parameters(
            @ParameterDoc("system risk levels (aibom:system:riskLevel) at which models must carry a verified"
                    + " model.sig; all: every level") List<String> riskLevels) {
        public Parameters {
            riskLevels = riskLevels.stream().map(level -> level.trim().toLowerCase(Locale.ROOT)).toList();
        }
    }

    @Override
    public ControlMetadata metadata() {
        return METADATA;
    }

    @Override
    public Parameters defaultParameters() {
        return new Parameters(List.of());
    }

    @Override
    public Optional<Slicing<ModelSignatureVerified.Parameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, Parameters parameters, Findings findings) {
        Optional<String> level = context.riskLevel();
        boolean required = parameters.riskLevels().contains("all")
                || level.isPresent() && parameters.riskLevels().contains(level.get());
        for (BomItem model : context.bom().items(BomView.MODEL)) {
            if (!required) {
                findings.notApplicable(model, "model signatures are not required at risk level "
                        + level.orElse("(none declared)") + " (riskLevels: "
                        + (parameters.riskLevels().isEmpty() ? "none" : String.join(", ", parameters.riskLevels()))
                        + ")");
                continue;
            }
            Optional<String> path = model.property(AibomProperties.ARTIFACT_PATH);
            String recorded = model.property(AibomProperties.MODEL_SIGNATURE).orElse("none");
            if (path.isEmpty() && model.property(AibomProperties.ARTIFACT_KIND).orElse("")
                    .equals(AibomProperties.KIND_REMOTE)) {
                findings.notApplicable(model, model.label() + " has no files in the build (fetched at deploy time)");
                continue;
            }
            if (path.isEmpty()) {
                // a model.sig is required and nothing says where the model's files are: never "not applicable"
                findings.error(model, model.label() + ": could not be evaluated: the BOM records no file of it"
                        + " (aibom:artifact:path), so no model.sig can be looked for");
                continue;
            }
            if (context.filesBase().isEmpty()) {
                findings.error(model, model.label() + ": could not be evaluated: the model files are not at hand"
                        + " (give the folder the BOM's paths are relative to); the BOM records model signature '"
                        + recorded + "', which is its generator's account");
                continue;
            }
            ProjectFolder.Located located = context.filesBase().get().locate(path.get());
            if (!(located instanceof ProjectFolder.Inside inside)) {
                findings.error(model, model.label() + ": could not be evaluated: " + located.recorded()
                        + " cannot be read inside the project folder");
                continue;
            }
            Optional<java.nio.file.Path> signature = ModelSignatureVerifier.signatureOf(inside.path());
            if (signature.isEmpty()) {
                findings.fail(model, model.label() + " has no model.sig (OpenSSF Model Signing) in the folder of "
                        + inside.shown() + contradiction(recorded, "none"), model.at(""));
                continue;
            }
            ModelSignatureResult result;
            try {
                result = context.modelTrust().verifier().verify(signature.get());
            } catch (Exception e) {
                findings.error(model, model.label() + ": could not be evaluated: " + signature.get()
                        + " cannot be read (" + Errors.describe(e) + ")");
                continue;
            }
            String shown = context.filesBase().get().shown(signature.get());
            findings.check(model, result.verified(), model.label() + ": " + shown + " " + result.line(),
                    model.label() + ": " + shown + " " + result.line() + contradiction(recorded,
                            result.status().value()), model.at(""));
        }
    }

    /** When the BOM's own record disagrees with what the files say. */
    private static String contradiction(String recorded, String found) {
        return recorded.equals(found) || recorded.equals("none") && found.equals("none") ? ""
                : " (the BOM's aibom:modelSignature says '" + recorded + "')";
    }
}
