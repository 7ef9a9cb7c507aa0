package dev.aibom.maven;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.ExportJob;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Writes the AI-BOM in other formats for tools that read those: {@code spdx3} (SPDX 3.0.1 JSON-LD with the AI and
 * Dataset profiles), validated against the official schema before it is written. Bind it after {@code sign} so that
 * the export is of the BOM that was signed.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class ExportMojo extends AbstractAibomMojo {
    /** The CycloneDX BOM to export. */
    @Parameter(property = "aibom.bom", defaultValue = "${project.build.directory}/aibom/aibom.cdx.json")
    private File bom;

    /** The formats to write, separated by commas: {@code spdx3}. Required: name at least one. */
    @Parameter(property = "aibom.exportFormats")
    private String exportFormats;

    /** The folder the exported documents go to ({@code aibom.spdx.json} for spdx3). */
    @Parameter(property = "aibom.exportDirectory", defaultValue = "${project.build.directory}/aibom")
    private File exportDirectory;

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
