package dev.aibom.cli;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.declare.DeclareOptions;
import dev.aibom.core.job.DeclareJob;
import dev.aibom.core.job.DeclaringSettings;
import dev.aibom.core.job.OptionCatalogue;
import dev.aibom.core.job.Judging;
import dev.aibom.core.job.Input;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

@Command(name = "declare", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Evaluate the controls on a generated, not yet signed BOM and write the result into it as"
                + " CycloneDX 1.6 declarations: the ISO/IEC 42001 Annex A requirements, an attestation with claims"
                + " and evidence, and an affirmation by the named signatory. Sign the BOM afterwards: the signature"
                + " then covers them.")
final class DeclareCommand extends JobCommand implements SettingsOptions.Offering {
    /** Who declares: --signatory, --role, --assessor, --statement, as every front end offers them. */
    @Override
    public OptionCatalogue.Group settings() {
        return OptionCatalogue.DECLARING;
    }

    @Parameters(paramLabel = "BOM", description = "the BOM generate wrote (JSON); changed in place")
    Path bom;

    @Mixin
    ConfigurationOptions configuration;

    @Option(names = "--waivers", paramLabel = "FILE", description = "accepted violations (waivers.yaml)")
    Path waivers;

    @Option(names = "--base", paramLabel = "DIR",
            description = "the folder of the BOM's files, whose hashes then become part of the evidence")
    Path base;

    @Option(names = "--xml", paramLabel = "FILE",
            description = "the XML form of the same BOM (generate --xml), rewritten with the declarations")
    Path xml;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "the date approvals, assessments and waivers are judged at; default: today (UTC)")
    java.time.LocalDate today;

    @Override
    public Integer call() throws AibomException, IOException {
        Log log = log(Format.text);
        DeclareOptions options = SettingsOptions.read(this, OptionCatalogue.DECLARING, DeclaringSettings::of).options();
        DeclareJob.run(new DeclareJob.Request(bom, Judging.builder(today != null ? today
                        : java.time.LocalDate.now(context().clock().withZone(java.time.ZoneOffset.UTC)))
                .policy(configuration.policy())
                .register(configuration.register(this))
                .waivers(waivers == null ? Input.none("--waivers") : Input.configured("--waivers", waivers.toString()))
                .limits(limits()).build(), Optional.ofNullable(base), options, Optional.ofNullable(xml)), log,
                progress(log));
        return ExitCodes.OK;
    }
}
