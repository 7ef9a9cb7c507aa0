package dev.aibom.core.control.rules.integrity;

import java.util.Optional;
import dev.aibom.control.Slicing;

import com.google.auto.service.AutoService;
import dev.aibom.control.BomView;
import dev.aibom.control.BomPointers;
import dev.aibom.control.BomItem;
import dev.aibom.control.ControlMetadata;
import dev.aibom.control.ControlRule;
import dev.aibom.core.control.SimpleControlRule;
import dev.aibom.core.control.EvaluationContext;
import dev.aibom.control.Family;
import dev.aibom.control.Findings;
import dev.aibom.control.Severity;
import dev.aibom.control.NoParameters;
import dev.aibom.core.integrity.ArtifactIntegrity;

import java.util.List;
import java.util.Locale;

/** When the files are at hand, they still match the BOM's digests. */
@AutoService(ControlRule.class)
public final class HashesMatch extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("hashes-match",
            "The files match their hashes", Family.INTEGRITY, Severity.ERROR,
            "When the files are at hand, every recorded file exists with the recorded digests and recorded folders"
                    + " hold no unlisted files.", "A.6.2.3")
            .withRemedy("A file differs from what the BOM records: find out why before using it, and regenerate the"
                    + " BOM only for a change that was made on purpose.");

    public HashesMatch() {
        super(METADATA);
    }

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        if (context.integrity().isEmpty()) {
            for (BomItem item : context.bom().items()) {
                if (!item.kind().equals(BomView.SERVICE)) {
                    findings.notApplicable(item, "the files are not at hand to check");
                }
            }
            return;
        }
        ArtifactIntegrity.Report report = context.integrity().get();
        for (BomItem item : context.bom().items()) {
            if (item.kind().equals(BomView.SERVICE)) {
                continue;
            }
            List<ArtifactIntegrity.Finding> mine = report.findings().stream()
                    .filter(f -> f.component().equals(item.ref())).toList();
            if (mine.isEmpty()) {
                findings.notApplicable(item, item.label() + " has no files in the build");
                continue;
            }
            List<String> bad = mine.stream().filter(f -> f.status() != ArtifactIntegrity.Status.OK)
                    .map(f -> f.status().name().toLowerCase(Locale.ROOT) + " " + f.path()).toList();
            findings.check(item, bad.isEmpty(), item.label() + ": " + mine.size() + " file(s) match the BOM",
                    item.label() + " files do not match the BOM: " + String.join(", ", bad),
                    item.at(BomPointers.HASHES));
        }
    }
}
