package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.ExportJob;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.util.List;

/**
 * Writes the AI-BOM in other formats for tools that read those: {@code spdx3} (SPDX 3.0.1 JSON-LD with the AI and
 * Dataset profiles), validated against the official schema before it is written. Bind it after {@code sign} so that
 * the export is of the BOM that was signed.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class ExportMojo extends ExportParameters {
    @Override
    protected void run() throws AibomException, IOException {
        List<ExportJob.Format> formats = ExportJob.Format.parseList("aibom.exportFormats", exportFormats);
        if (formats.isEmpty()) {
            throw new AibomException("aibom.exportFormats is not set: name the formats to export (spdx3).");
        }
        for (ExportJob.Format format : formats) {
            ExportJob.run(new ExportJob.Request(path(bom), path(exportDirectory).resolve(format.fileName()), format, limits()),
                    log());
        }
    }
}
