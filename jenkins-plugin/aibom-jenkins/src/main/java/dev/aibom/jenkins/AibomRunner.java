package dev.aibom.jenkins;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.bom.ReadLimits;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.job.Pipeline;
import dev.aibom.core.job.PipelineRequest;
import dev.aibom.core.job.PipelineResult;
import dev.aibom.core.job.ReviewRequest;
import dev.aibom.core.job.UploadJob;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one path both the Pipeline steps and the freestyle builder take: the work runs on the agent that holds the
 * workspace (hashing multi-GB models there, its log lines and progress streaming to the build console as they
 * happen), only the small result comes back; then it is kept with the build and turned into a build outcome.
 */
public final class AibomRunner {
    private AibomRunner() {
    }

    /**
     * @param node the Pipeline step's node, to mark its stage UNSTABLE as well as the build; null for a freestyle build
     */
    public static Map<String, Object> perform(Run<?, ?> run, FilePath workspace, TaskListener listener,
                                              PipelineRequest request, Long maxBomSize, FlowNode node)
            throws IOException, InterruptedException {
        PipelineResult result = workspace.act(new GenerateAndCheck(request, maxBomSize, listener));
        return conclude(run, listener, result, "aibom", node);
    }

    /** @param node as for {@link #perform} */
    public static Map<String, Object> review(Run<?, ?> run, FilePath workspace, TaskListener listener,
                                             ReviewRequest request, Long maxBomSize, FlowNode node)
            throws IOException, InterruptedException {
        PipelineResult result = workspace.act(new Review(request, maxBomSize, listener));
        return conclude(run, listener, result, "aibomVerify", node);
    }

    /**
     * Uploads on the agent that holds the workspace (the BOM is read there, the request goes from there), then turns
     * the gate's verdict into the build outcome as {@link #conclude} does.
     *
     * @param node as for {@link #perform}
     */
    public static Map<String, Object> upload(Run<?, ?> run, FilePath workspace, TaskListener listener,
                                             UploadJob.Request request, Long maxBomSize, String step,
                                             FlowNode node)
            throws IOException, InterruptedException {
        UploadJob.Result result = workspace.act(new Upload(request, maxBomSize, listener, step));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("outcome", result.outcome().name());
        summary.put("token", result.token());
        summary.put("project", result.projectUuid());
        for (dev.aibom.core.dt.ViolationState state : dev.aibom.core.dt.ViolationState.values()) {
            summary.put(state.name().toLowerCase(Locale.ROOT), (int) result.count(state));
        }
        switch (result.outcome()) {
            case FAIL -> throw new AbortException(step + ": " + result.summary());
            case UNSTABLE -> {
                listener.getLogger().println(step + ": marking the build UNSTABLE. " + result.summary());
                run.setResult(Result.UNSTABLE);
                if (node != null) {
                    node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(step + ": "
                            + result.summary()));
                }
            }
            default -> { }
        }
        return summary;
    }

    static Map<String, Object> conclude(Run<?, ?> run, TaskListener listener, PipelineResult result, String step,
                                        FlowNode node) throws AbortException {
        PrintStream log = listener.getLogger();
        run.addAction(new AibomBuildAction(result));
        Map<String, Object> summary = new LinkedHashMap<>(result.counts());
        summary.put("outcome", result.outcome().name());
        summary.put("signature", result.signature().line());
        summary.put("completeness", result.completeness());
        switch (result.outcome()) {
            case FAIL -> throw new AbortException(step + ": " + result.summary());
            case UNSTABLE -> {
                log.println(step + ": marking the build UNSTABLE. " + result.summary());
                run.setResult(Result.UNSTABLE);
                if (node != null) {
                    // as warnings-ng does: the stage view and Blue Ocean show which stage was unstable
                    node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(step + ": "
                            + result.summary().lines().findFirst().orElse("")));
                }
            }
            default -> { }
        }
        return summary;
    }

    /** The core's lines on the build console: {@code aibom: ...}, {@code aibom: ERROR ...}. */
    static Log log(TaskListener listener) {
        PrintStream out = listener.getLogger();
        return Log.console(out::println, out::println);
    }

    /** Hashing progress for big files, so a multi-GB model does not look like a hung build. */
    static HashListener progress(TaskListener listener) {
        return dev.aibom.core.hash.HashProgress.bigFiles(log(listener));
    }

    /** Runs on the agent. */
    static final class GenerateAndCheck extends MasterToSlaveFileCallable<PipelineResult> {
        private static final long serialVersionUID = 1L;
        private final PipelineRequest request;
        private final Long maxBomSize;
        private final TaskListener listener;

        GenerateAndCheck(PipelineRequest request, Long maxBomSize, TaskListener listener) {
            this.request = request;
            this.maxBomSize = maxBomSize;
            this.listener = listener;
        }

        @Override
        public PipelineResult invoke(File workspace, VirtualChannel channel) throws IOException {
            try (ReadLimits.Scope scope = ReadLimits.configured(maxBomSize)) {
                return Pipeline.run(request.withWorkspace(workspace.getAbsolutePath()), log(listener),
                        progress(listener));
            } catch (AibomException | IOException | RuntimeException e) {
                throw abort("aibom", e, listener);
            }
        }
    }

    /** Runs on the agent. */
    static final class Review extends MasterToSlaveFileCallable<PipelineResult> {
        private static final long serialVersionUID = 1L;
        private final ReviewRequest request;
        private final Long maxBomSize;
        private final TaskListener listener;

        Review(ReviewRequest request, Long maxBomSize, TaskListener listener) {
            this.request = request;
            this.maxBomSize = maxBomSize;
            this.listener = listener;
        }

        @Override
        public PipelineResult invoke(File workspace, VirtualChannel channel) throws IOException {
            try (ReadLimits.Scope scope = ReadLimits.configured(maxBomSize)) {
                return Pipeline.review(request.withWorkspace(workspace.getAbsolutePath()), log(listener),
                        progress(listener));
            } catch (AibomException | IOException | RuntimeException e) {
                throw abort("aibomVerify", e, listener);
            }
        }
    }

    /** Runs on the agent. */
    static final class Upload extends MasterToSlaveFileCallable<UploadJob.Result> {
        private static final long serialVersionUID = 1L;
        // the request's fields, as a Path does not travel to the agent
        private final String bom;
        private final dev.aibom.core.dt.ProjectTarget target;
        private final dev.aibom.core.dt.DependencyTrackOptions options;
        private final boolean synchronous;
        private final List<String> trustedKeys;
        private final List<String> caRoots;
        private final Long maxBomSize;
        private final TaskListener listener;
        private final String step;

        Upload(UploadJob.Request request, Long maxBomSize, TaskListener listener, String step) {
            this.maxBomSize = maxBomSize;
            this.bom = request.bom().toString();
            this.target = request.target();
            this.options = request.options();
            this.synchronous = request.synchronous();
            this.trustedKeys = request.trust().keys().stream().map(java.nio.file.Path::toString).toList();
            this.caRoots = request.trust().caRoots().stream().map(java.nio.file.Path::toString).toList();
            this.listener = listener;
            this.step = step;
        }

        @Override
        public UploadJob.Result invoke(File workspace, VirtualChannel channel) throws IOException {
            java.nio.file.Path file = dev.aibom.core.io.RealPaths.of(workspace.toPath(), bom);
            try (ReadLimits.Scope scope = ReadLimits.configured(maxBomSize)) {
                java.nio.file.Path root = workspace.toPath();
                dev.aibom.core.job.Trust trust = new dev.aibom.core.job.Trust(trustedKeys.stream()
                        .map(k -> dev.aibom.core.io.RealPaths.of(root, k)).toList(), caRoots.stream()
                        .map(k -> dev.aibom.core.io.RealPaths.of(root, k)).toList(), List.of());
                return UploadJob.run(new UploadJob.Request(file, target, options, trust, synchronous),
                        log(listener));
            } catch (AibomException | RuntimeException e) {
                throw abort(step, e, listener);
            }
        }
    }

    /**
     * A failure as the build log shows it: one message naming the file and what to do, never a stack trace for bad
     * input; a bug says it is one, with its trace for the report.
     */
    static AbortException abort(String step, Exception e, TaskListener listener) {
        if (dev.aibom.core.Errors.isBug(e)) {
            e.printStackTrace(listener.getLogger());
        }
        return new AbortException(step + ": " + dev.aibom.core.Text.printableLines(dev.aibom.core.Errors.describe(e)));
    }

    /** For the build page: PASS, UNSTABLE, FAIL in words. */
    static String words(EvaluationResult.Outcome outcome) {
        return outcome.name().charAt(0) + outcome.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
