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

import java.util.Set;

/** Every model and dataset records a SHA-256 or stronger digest. */
@AutoService(ControlRule.class)
public final class HashesPresent extends SimpleControlRule {
    private static final ControlMetadata METADATA = ControlMetadata.of("hashes-present",
            "Every model and dataset has a SHA-256 or stronger hash", Family.INTEGRITY, Severity.ERROR,
            "So that the deployed artefacts can be checked against the BOM.", "A.6.2.3")
            .withRemedy("Record a SHA-256 (or stronger) hash of every model and dataset file.");

    public HashesPresent() {
        super(METADATA);
    }
    private static final Set<String> STRONG = Set.of("SHA-256", "SHA-384", "SHA-512", "SHA3-256", "SHA3-384",
            "SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3");

    @Override
    public Optional<Slicing<NoParameters>> slicing() {
        return itemByItem();
    }

    @Override
    public void evaluate(EvaluationContext context, NoParameters parameters, Findings findings) {
        for (BomItem item : context.bom().items()) {
            if (item.kind().equals(BomView.SERVICE)) {
                continue;
            }
            boolean has = item.hashes().stream().anyMatch(hash -> STRONG.contains(hash.algorithm()));
            findings.check(item, has, item.label() + " has a SHA-256 or stronger hash",
                    item.label() + " has no SHA-256 or stronger hash", item.at(BomPointers.HASHES));
        }
    }
}
