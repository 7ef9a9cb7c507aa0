package dev.aibom.jenkins;

import dev.aibom.core.TestFiles;
import dev.aibom.core.spdx.SpdxExport;
import dev.aibom.jenkins.stubs.StubArtifactManager;
import hudson.EnvVars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** exportFormats: 'spdx3' on the aibom step writes, validates and archives aibom/aibom.spdx.json. */
class ExportStepTest {
    @TempDir
    Path temp;

    @Test
    void spdx3IsExportedAndArchived() throws Exception {
        Path workspace = TestFiles.copyTree(TestFiles.example("credit-risk-scorer"), temp.resolve("ws"));
        AibomStep step = new AibomStep();
        step.setPolicy("aibom-policy.yaml");
        step.setSuppliers("suppliers.yaml");
        step.setWaivers("waivers.yaml");
        step.setExportFormats("spdx3");
        StubJenkins.TestRun run = new StubJenkins.TestRun();
        StubJenkins.Listener log = new StubJenkins.Listener();
        StubJenkins.Context context = new StubJenkins.Context(run, workspace, log,
                new EnvVars(Map.of("HF_HUB_OFFLINE", "1")));
        step.start(context).start();
        assertThat(context.failure).as(log.text()).isNull();
        assertThat(SpdxExport.validate(Files.readAllBytes(workspace.resolve("aibom/aibom.spdx.json")))).isEmpty();
        assertThat(((StubArtifactManager) run.pickArtifactManager()).archived()).containsKey("aibom/aibom.spdx.json");
        assertThat(run.getAction(AibomBuildAction.class).getView().getLinks())
                .contains(new AibomViewModel.Link("SPDX 3.0", "artifact/aibom/aibom.spdx.json"));

        step.setExportFormats("spdx2");
        StubJenkins.Context bad = new StubJenkins.Context(new StubJenkins.TestRun(), workspace,
                new StubJenkins.Listener(), new EnvVars());
        step.start(bad).start();
        assertThat(bad.failure).hasMessage("aibom: exportFormats: 'spdx2' is not an export format. Use spdx3 (SPDX"
                + " 3.0.1 JSON-LD).");
    }
}
