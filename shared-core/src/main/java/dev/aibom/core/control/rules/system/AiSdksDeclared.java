package dev.aibom.core.control.rules.system;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomView;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.NoParameters;
import dev.aibom.control.Severity;
import dev.aibom.core.discovery.Catalogue;
import dev.aibom.core.discovery.Discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An AI SDK among the dependencies calls a provider's service: a service of that provider is declared. An in-process
 * runtime (ONNX Runtime, DJL ...) runs models: at least one model is declared.
 */
@AutoService(ControlRule.class)
public final class AiSdksDeclared extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("ai-sdks-declared",
            "AI libraries on the class path have their services and models declared", Family.SYSTEM,
            Severity.WARNING,
            "For each dependency the catalogue of AI libraries knows (docs/discovery.md): an SDK that calls a"
                    + " provider (OpenAI, Anthropic, Azure OpenAI, Google, Amazon Bedrock, Ollama, Hugging Face) needs"
                    + " a declared service of that provider (its provider, name or an endpoint names it); a runtime"
                    + " (ONNX Runtime, DJL, TensorFlow, PyTorch, Deeplearning4j) needs a declared model. Not applicable"
                    + " when no discovery ran.", "A.4.4")
            .withRemedy("Declare the third-party AI service (services: with its provider and endpoint) or the model"
                    + " the library runs; or remove the dependency if the build does not use it.");

    public AiSdksDeclared() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return sliced(this::begin);
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        whole(this::begin, context, parameters, findings);
    }

    /** Whether discovery ran and found AI libraries first; the services of each slice are gathered; then judged. */
    private Slicing.Judgement begin(EvaluationContext context, NoParameters parameters, Findings first) {
        BomItem bom = context.bom().bom();
        if (context.discovery().isEmpty()) {
            first.notApplicable(bom, "no discovery ran: the build's dependencies were not looked at");
            return Slicing.Judgement.NONE;
        }
        Discovery discovery = context.discovery().get();
        if (discovery.dependencies().isEmpty()) {
            first.pass(bom, "no AI library among the dependencies", "");
            return Slicing.Judgement.NONE;
        }
        List<String> serviceTexts = new ArrayList<>();
        // the whole BOM's totals: whether it declares a model is known before any slice
        boolean modelsDeclared = context.bom().totals().models() > 0;
        return new Slicing.Judgement() {
            @Override
            public void slice(dev.aibom.control.ControlContext slice, Findings findings) {
                for (BomItem service : slice.bom().items(BomView.SERVICE)) {
                    List<String> texts = new ArrayList<>(service.service().endpoints());
                    texts.add(service.name());
                    service.supplier().ifPresent(entity -> texts.add(entity.name()));
                    serviceTexts.add(String.join(" ", texts).toLowerCase(Locale.ROOT));
                }
            }

            @Override
            public void end(Findings findings) {
                judge(bom, discovery, serviceTexts, modelsDeclared, findings);
            }
        };
    }

    private static void judge(BomItem bom, Discovery discovery, List<String> serviceTexts, boolean modelsDeclared,
                              Findings findings) {
        for (Discovery.FoundLibrary found : discovery.dependencies()) {
            Catalogue.Library library = found.library();
            if (library.kind() == Catalogue.Kind.RUNTIME) {
                findings.check(bom, modelsDeclared, library.name() + " (" + found.coordinates() + ") runs declared"
                                + " models",
                        library.name() + " (" + found.coordinates() + ", via " + found.origin() + ") runs models in"
                                + " the process, but the BOM declares none", "");
            } else {
                boolean covered = serviceTexts.stream().anyMatch(text -> library.serviceHints().stream()
                        .anyMatch(hint -> text.contains(hint.toLowerCase(Locale.ROOT))));
                findings.check(bom, covered, library.name() + " (" + found.coordinates() + ") calls a declared "
                                + library.provider() + " service",
                        library.name() + " (" + found.coordinates() + ", via " + found.origin() + ") calls "
                                + library.provider() + ", but the BOM declares no " + library.provider() + " service",
                        "");
            }
        }
    }
}
