package dev.aibom.cli;

import dev.aibom.core.Log;
import dev.aibom.core.bom.BomJson;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.hash.HashProgress;
import dev.aibom.core.io.ReadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.report.JsonReport;
import dev.aibom.core.report.ReportHeader;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/** What every subcommand shares: its context, its log, its hashing progress, JSON output. */
abstract class JobCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    AibomCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Context context() {
        return root.context;
    }

    /** The largest BOM read or written: {@code --max-bom-size}, else a sixteenth of the heap (at most 256 MiB). */
    ReadLimits limits() {
        return ReadLimits.of(root.maxBomSize);
    }

    /** Lines for people; with JSON output they all go to stderr. */
    Log log(Format format) {
        return context().log(format == Format.json);
    }

    /** A progress bar on a terminal, one line per file otherwise. */
    HashListener progress(Log log) {
        return context().terminal() ? new ProgressBar(context().err()) : HashProgress.everyFile(log);
    }

    /** One JSON document on stdout. */
    void print(JsonNode document) {
        try {
            context().out().write(BomJson.pretty(document));
            context().out().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JSON report on stdout, streamed finding by finding as the report file is written: the same bytes as its
     * tree printed, without holding a tree of every finding (1.6 million for 100,000 components).
     */
    void printReport(EvaluationResult result, ReportHeader header) {
        try {
            new JsonReport().write(result, header, context().out());
            context().out().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bad value the parser could not see: a usage error (exit code 2) naming the option. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
