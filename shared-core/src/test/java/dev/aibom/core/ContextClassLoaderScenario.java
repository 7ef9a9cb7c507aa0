package dev.aibom.core;

import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.bom.BomOptions;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.job.CheckJob;
import dev.aibom.core.job.GenerateJob;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Judging;
import dev.aibom.core.job.KeySpec;
import dev.aibom.core.job.ReviewJob;
import dev.aibom.core.job.SignJob;
import dev.aibom.core.job.Trust;
import dev.aibom.core.job.VerifyJob;
import dev.aibom.core.sign.KeyPairs;
import dev.aibom.core.sign.SignOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a CI step does, end to end, for {@link ContextClassLoaderTest}: generate (JSON and XML), sign, verify, check
 * with a CEL expression control, and review a supplier's BOM. Loaded in a fresh class loader and run on a thread whose
 * context class loader knows none of aibom's classes or resources - as in Jenkins and Maven.
 */
public final class ContextClassLoaderScenario implements Supplier<List<String>> {
    private final Path folder;

    public ContextClassLoaderScenario(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<String> get() {
        try {
            return run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> run() throws Exception {
        List<String> outcomes = new ArrayList<>();
        Path project = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), folder.resolve("project"));
        Path bom = project.resolve("target/aibom/aibom.cdx.json");
        GenerateJob.run(new GenerateJob.Request(project.resolve("aibom.yaml"), project, bom,
                Optional.of(project.resolve("target/aibom/aibom.cdx.xml")), BomOptions.at(Instant.EPOCH)), Log.NONE);
        outcomes.add("generated " + Files.exists(bom) + " " + Files.exists(project.resolve("target/aibom/aibom.cdx.xml")));
        Path key = folder.resolve("keys/k.pem");
        Path pub = folder.resolve("keys/k.pub.pem");
        KeyPairs.write(KeyPairs.Type.EC_P256, key, pub, Optional.empty());
        SignJob.run(new SignJob.Request(bom, bom, KeySpec.file(key), SignOptions.defaults(), "key", Map.of(), ReadLimits.DEFAULT),
                Log.NONE);
        VerifyJob.Result verified = VerifyJob.run(new VerifyJob.Request(bom, Trust.keys(List.of(pub)), true,
                Optional.of(project), "--base", ReadLimits.DEFAULT), Log.NONE, HashListener.NONE);
        outcomes.add("verified " + verified.passed());
        Path policy = Files.writeString(folder.resolve("policy.yaml"), Files.readString(project.resolve(
                "aibom-policy.yaml")) + "\n  org-models-named:\n    expression: 'component.name != \"\"'\n"
                + "    appliesTo: model\n    title: Models are named\n    annexA: [A.6.2.3]\n"
                + "    message: 'model {name} has no name'\n");
        CheckJob.Result checked = CheckJob.run(new CheckJob.Request(bom, Judging.builder(LocalDate.parse("2026-11-23"))
                .policy(Input.configured("policy", policy.toString()))
                .register(Input.configured("suppliers", project.resolve("suppliers.yaml").toString()))
                .waivers(Input.configured("waivers", project.resolve("waivers.yaml").toString()))
                .trust(Trust.keys(List.of(pub)))
                .reports(dev.aibom.core.report.ReportOutput.of(folder.resolve("reports")))
                .build().withRegisterTimeout(Duration.ofSeconds(5)), Optional.of(project)), Log.NONE, HashListener.NONE);
        outcomes.add("checked " + checked.outcome() + " " + checked.evaluation().control("org-models-named")
                .isPresent() + " " + Files.exists(folder.resolve("reports/aibom-report.css")));
        Path review = TestFiles.copyTree(TestFiles.example("supplier-review"), folder.resolve("review"));
        ReviewJob.Result reviewed = ReviewJob.run(new ReviewJob.Request(review.resolve("acme-fraud-scoring.cdx.json"),
                Judging.builder(LocalDate.parse("2026-11-23"))
                        .register(Input.configured("suppliers", review.resolve("suppliers.yaml").toString()))
                        .build().withRegisterTimeout(Duration.ofSeconds(5))), Log.NONE, HashListener.NONE);
        outcomes.add("reviewed " + reviewed.outcome() + " " + reviewed.signature().state());
        // the SPDX library initialises its model registry on first use: it must not need the context class loader
        Path spdx = folder.resolve("aibom.spdx.json");
        dev.aibom.core.job.ExportJob.run(new dev.aibom.core.job.ExportJob.Request(bom, spdx,
                dev.aibom.core.job.ExportJob.Format.SPDX3, ReadLimits.DEFAULT), Log.NONE);
        outcomes.add("exported " + dev.aibom.core.spdx.SpdxExport.validate(Files.readAllBytes(spdx)).isEmpty());
        return outcomes;
    }
}
