package dev.aibom.jenkins;

import dev.aibom.core.AibomException;
import dev.aibom.core.job.Pipeline;
import dev.aibom.core.job.PipelineRequest;
import dev.aibom.core.job.PipelineResult;
import dev.aibom.core.job.ReviewRequest;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one path both the Pipeline steps and the freestyle builder take: the work runs on the agent that holds the
 * workspace (hashing multi-GB models there), only the small result comes back; then it is logged, kept with the
 * build and turned into a build outcome.
 */
public final class AibomRunner {
    private AibomRunner() {
    }

    public static Map<String, Object> perform(Run<?, ?> run, FilePath workspace, TaskListener listener,
                                              PipelineRequest request) throws IOException, InterruptedException {
        PipelineResult result = workspace.act(new GenerateAndCheck(request));
        return conclude(run, listener, result, "aibom");
    }

    public static Map<String, Object> review(Run<?, ?> run, FilePath workspace, TaskListener listener,
                                             ReviewRequest request) throws IOException, InterruptedException {
        PipelineResult result = workspace.act(new Review(request));
        return conclude(run, listener, result, "aibomVerify");
    }

    static Map<String, Object> conclude(Run<?, ?> run, TaskListener listener, PipelineResult result, String step)
            throws AbortException {
        PrintStream log = listener.getLogger();
        result.log().forEach(log::println);
        run.addAction(new AibomBuildAction(result));
        Map<String, Object> summary = new LinkedHashMap<>(result.counts());
        summary.put("outcome", result.outcome());
        summary.put("signature", result.signature());
        summary.put("completeness", result.completeness());
        switch (result.outcome()) {
            case "FAIL" -> throw new AbortException(step + ": " + result.summary());
            case "UNSTABLE" -> {
                log.println(step + ": marking the build UNSTABLE. " + result.summary());
                run.setResult(Result.UNSTABLE);
            }
            default -> { }
        }
        return summary;
    }

    /** Runs on the agent. */
    static final class GenerateAndCheck extends MasterToSlaveFileCallable<PipelineResult> {
        private static final long serialVersionUID = 1L;
        private final PipelineRequest request;

        GenerateAndCheck(PipelineRequest request) {
            this.request = request;
        }

        @Override
        public PipelineResult invoke(File workspace, VirtualChannel channel) throws IOException {
            try {
                return Pipeline.run(request.withWorkspace(workspace.getAbsolutePath()));
            } catch (AibomException e) {
                throw new AbortException("aibom: " + e.getMessage());
            }
        }
    }

    /** Runs on the agent. */
    static final class Review extends MasterToSlaveFileCallable<PipelineResult> {
        private static final long serialVersionUID = 1L;
        private final ReviewRequest request;

        Review(ReviewRequest request) {
            this.request = request;
        }

        @Override
        public PipelineResult invoke(File workspace, VirtualChannel channel) throws IOException {
            try {
                return Pipeline.review(request.withWorkspace(workspace.getAbsolutePath()));
            } catch (AibomException e) {
                throw new AbortException("aibomVerify: " + e.getMessage());
            }
        }
    }
}
