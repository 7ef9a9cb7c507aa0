package dev.aibom.core.control.rules.system;

import dev.aibom.control.Slicing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.aibom.control.AibomProperties;
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
import dev.aibom.core.discovery.Discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every model file the build ships is covered by a declared model or dataset: by its SHA-256, or by its path. A
 * supply-chain control has to start from what the build contains, not from what someone remembered to declare.
 */
@AutoService(ControlRule.class)
public final class ShippedModelsDeclared extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("shipped-models-declared",
            "Every model file the build ships is declared", Family.SYSTEM, Severity.ERROR,
            "Discovery looks at what the build packages (resources, the built artifact) for model files, recognised"
                    + " by content. Each must be a declared model's or dataset's file, by SHA-256: a file at a"
                    + " declared path with other content is a finding too. Copies of one file (in the resources and"
                    + " inside the jar) are one finding. Files are recognised by content whatever they are called;"
                    + " zip, jar (jars in jars), tar and gzip archives are looked into, to a bounded depth and number"
                    + " of bytes: what a bound stops could not be evaluated. Not applicable when no discovery ran (the"
                    + " Maven check goal runs it; the command line with --scan).", "A.4.2")
            .withRemedy("Declare the model (or dataset) in aibom.yaml with its file, or stop shipping the file.");

    public ShippedModelsDeclared() {
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

    /** The discovery's own verdicts first; then what each slice declares is gathered; the files are judged last. */
    private Slicing.Judgement begin(EvaluationContext context, NoParameters parameters, Findings first) {
        BomItem bom = context.bom().bom();
        if (context.discovery().isEmpty()) {
            first.notApplicable(bom, "no discovery ran: the build's contents were not looked at");
            return Slicing.Judgement.NONE;
        }
        Discovery discovery = context.discovery().get();
        if (!discovery.incomplete().isEmpty()) {
            // an archive the look did not finish: what ships there is not known, so this is not a pass
            first.error(bom, "could not be evaluated: " + String.join("; ", discovery.incomplete()));
        }
        Set<String> hashes = new HashSet<>();
        Map<String, String> paths = new HashMap<>();
        return new Slicing.Judgement() {
            @Override
            public void slice(dev.aibom.control.ControlContext slice, Findings findings) {
                declared(slice.bom(), hashes, paths);
            }

            @Override
            public void end(Findings findings) {
                judge(bom, discovery, hashes, paths, findings);
            }
        };
    }

    private static void declared(dev.aibom.control.BomView view, Set<String> hashes, Map<String, String> paths) {
        for (BomItem item : view.items()) {
            if (item.kind().equals(BomView.SERVICE)) {
                continue;
            }
            item.hashes().forEach(hash -> hashes.add(hash.value().toLowerCase(Locale.ROOT)));
            String base = item.property(AibomProperties.ARTIFACT_PATH).orElse("");
            if (!base.isEmpty()) {
                paths.put(base, item.label());
            }
            for (JsonNode file : item.node().path("components")) {
                for (JsonNode hash : file.path("hashes")) {
                    hashes.add(hash.path("content").asText("").toLowerCase(Locale.ROOT));
                }
                if (!base.isEmpty()) {
                    paths.put(base + "/" + file.path("name").asText(), item.label());
                }
            }
        }
    }

    private static void judge(BomItem bom, Discovery discovery, Set<String> hashes, Map<String, String> paths,
                              Findings findings) {
        if (discovery.files().isEmpty()) {
            findings.pass(bom, "no model file found in " + String.join(", ", discovery.scanned()), "");
            return;
        }
        // one finding per content: the same model in the resources and inside the packaged jar is one model
        Map<String, List<Discovery.FoundModelFile>> byContent = new LinkedHashMap<>();
        discovery.files().forEach(file -> byContent.computeIfAbsent(file.sha256(), k -> new ArrayList<>()).add(file));
        byContent.forEach((sha256, copies) -> {
            Discovery.FoundModelFile first = copies.get(0);
            String where = first.path() + (copies.size() == 1 ? "" : " (also "
                    + String.join(", ", copies.subList(1, copies.size()).stream().map(Discovery.FoundModelFile::path)
                    .toList()) + ")");
            if (hashes.contains(sha256)) {
                findings.pass(bom, "model file " + where + " (" + first.format().value() + ") is a declared"
                        + " artifact", "");
                return;
            }
            Optional<String> samePath = copies.stream().flatMap(copy -> paths.entrySet().stream()
                    .filter(declared -> copy.path().equals(declared.getKey())
                            || copy.path().endsWith("/" + declared.getKey()))
                    .map(declared -> declared.getValue() + "'s file " + declared.getKey())).findFirst();
            findings.fail(bom, samePath.map(declared -> "model file " + where + " (" + first.format().value()
                    + ", SHA-256 " + sha256 + ") is shipped where " + declared + " is declared, but with other"
                    + " content than the BOM states").orElse("model file " + where + " (" + first.format().value()
                    + ", SHA-256 " + sha256 + ") is shipped, but no declared model or dataset covers it"), "");
        });
    }
}
