package com.northwind.aibom;

import dev.aibom.control.BomView;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlContext;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.ParameterDoc;
import dev.aibom.control.Severity;
import dev.aibom.control.Slicing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Northwind Bank's rule for models from the Hugging Face Hub: the BOM pins each one to a commit (its purl version is a
 * 40-hex commit sha, not a branch), and, when the policy lists organisations, the model's organisation is one of
 * them. Models from elsewhere are not its concern.
 *
 * <pre>
 * controls:
 *   northwind-hub-models: { organizations: [sentence-transformers, google] }
 * </pre>
 */
public final class HubModelsFromAllowedOrganisations implements ControlRule<HubModelsFromAllowedOrganisations.Parameters> {
    private static final Pattern HUB_PURL = Pattern.compile("pkg:huggingface/(?:([^/@]+)/)?([^/@]+)(?:@([^?#]*))?.*");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    private static final ControlMetadata METADATA = ControlMetadata.of("northwind-hub-models",
            "Hugging Face models are pinned and come from allowed organisations", Family.SUPPLIER, Severity.ERROR,
            "A model whose purl is pkg:huggingface/... records the commit it is pinned to; when organizations are"
                    + " listed, it comes from one of them.", "A.10.3", "A.6.2.3");

    /** @param organizations Hub organisations models may come from; any when empty */
    public record Parameters(@ParameterDoc("Hub organisations models may come from (any when empty)")
                             List<String> organizations) {
        public Parameters {
            organizations = List.copyOf(organizations);
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

    /** It judges each model alone, so a large BOM may be given to it a slice at a time (never held whole). */
    @Override
    public Optional<Slicing<Parameters>> slicing() {
        return Optional.of(Slicing.itemByItem(this::evaluate));
    }

    @Override
    public void evaluate(ControlContext context, Parameters parameters, Findings findings) {
        for (BomItem model : context.bom().items(BomView.MODEL)) {
            Matcher hub = HUB_PURL.matcher(model.purl());
            if (!hub.matches()) {
                findings.notApplicable(model, model.label() + " is not from the Hugging Face Hub");
                continue;
            }
            String organization = hub.group(1) == null ? "" : hub.group(1);
            String version = hub.group(3) == null ? "" : hub.group(3).toLowerCase(Locale.ROOT);
            if (!COMMIT.matcher(version).matches()) {
                findings.fail(model, model.label() + " is not pinned to a Hub commit (purl version '" + version
                        + "')", model.pointer() + "/purl");
            } else if (!parameters.organizations().isEmpty() && !parameters.organizations().contains(organization)) {
                findings.fail(model, model.label() + " comes from Hub organisation '" + organization + "', which"
                        + " Northwind does not allow (allowed: " + String.join(", ", parameters.organizations())
                        + ")", model.pointer() + "/purl");
            } else {
                findings.pass(model, model.label() + " is pinned to Hub commit " + version + " of '" + organization
                        + "'", model.pointer() + "/purl");
            }
        }
    }
}
