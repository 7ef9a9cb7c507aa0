package dev.aibom.jenkins;

import dev.aibom.core.AibomException;
import dev.aibom.core.Log;
import dev.aibom.core.io.ReadLimits;
import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.job.Pipeline;
import dev.aibom.core.job.PipelineRequest;
import dev.aibom.core.job.PipelineResult;
import dev.aibom.core.job.ReviewRequest;
import dev.aibom.core.job.UploadJob;
import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;
import jenkins.util.BuildListenerAdapter;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.aibom.core.Errors;
import dev.aibom.core.Text;
import dev.aibom.core.dt.DependencyTrackOptions;
import dev.aibom.core.dt.ProjectTarget;
import dev.aibom.core.dt.ViolationState;
import dev.aibom.core.hash.HashProgress;
import dev.aibom.core.io.RealPaths;
import dev.aibom.core.job.Trust;

/**
 * The one path both the Pipeline steps and the freestyle builder take: the work runs on the agent that holds the
 * workspace (hashing multi-GB models there, its log lines and progress streaming to the build console as they
 * happen), only the small result comes back; then it is kept with the build and turned into a build outcome.
 */
public final class AibomRunner {
    private AibomRunner() {
    }

    /**
     * @param launcher to archive the reports with (from the agent's workspace); null: not archived
     * @param archive  whether to archive the BOM and the reports with the build
     * @param publish  whether to publish the JUnit XML and the SARIF through the junit and warnings-ng plugins
     * @param node     the Pipeline step's node, to mark its stage UNSTABLE as well as the build; null for a freestyle
     *                 build
     */
    public static Map<String, Object> perform(Run<?, ?> run, FilePath workspace, Launcher launcher,
                                              TaskListener listener, PipelineRequest request, Long maxBomSize,
                                              boolean archive, boolean publish, FlowNode node)
            throws IOException, InterruptedException {
        List<String> secrets = new ArrayList<>();
        if (request.keyMaterial() != null) {
            request.keyMaterial().passphraseForMasking().ifPresent(secrets::add);
        }
        String variable = request.passphraseVariable();
        if (variable != null && request.environment().get(variable) != null) {
            secrets.add(request.environment().get(variable));
        }
        PipelineResult result = workspace.act(new OnAgent<>(new GenerateAndCheck(request), maxBomSize, listener,
                secrets));
        return conclude(run, listener, result, archive(run, workspace, launcher, listener, result, archive),
                Publishing.publish(run, workspace, launcher, listener, result.reports(), publish), "aibom", node);
    }

    /** As {@link #perform}, for a review. */
    public static Map<String, Object> review(Run<?, ?> run, FilePath workspace, Launcher launcher,
                                             TaskListener listener, ReviewRequest request, Long maxBomSize,
                                             boolean archive, boolean publish, FlowNode node)
            throws IOException, InterruptedException {
        PipelineResult result = workspace.act(new OnAgent<>(new Review(request), maxBomSize, listener, List.of()));
        return conclude(run, listener, result, archive(run, workspace, launcher, listener, result, archive),
                Publishing.publish(run, workspace, launcher, listener, result.reports(), publish), "aibomVerify",
                node);
    }

    /**
     * Archives the BOM and the reports with the build, straight from the workspace where they were written (the
     * agent's), under their paths in the workspace; the build page links them.
     */
    static boolean archive(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener,
                           PipelineResult result, boolean archive) throws IOException, InterruptedException {
        if (!archive || launcher == null) {
            return false;
        }
        Map<String, String> files = new java.util.TreeMap<>();
        result.reports().values().forEach(path -> files.put(path.replace('\\', '/'), path));
        String html = result.reports().get("html");
        if (html != null) {
            String css = sibling(html, dev.aibom.core.report.HtmlReport.CSS_FILE);
            files.put(css, css);
        }
        run.pickArtifactManager().archive(workspace, launcher, BuildListenerAdapter.wrap(listener), files);
        listener.getLogger().println("aibom: archived with the build: " + String.join(", ", files.keySet()));
        return true;
    }

    private static String sibling(String path, String name) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? name : path.substring(0, slash + 1).replace('\\', '/') + name;
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
        UploadJob.Result result = workspace.act(new OnAgent<>(new Upload(request, step), maxBomSize, listener,
                List.of(request.options().apiKey())));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("outcome", result.outcome().name());
        summary.put("token", result.token());
        summary.put("project", result.projectUuid());
        for (ViolationState state : ViolationState.values()) {
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

    static Map<String, Object> conclude(Run<?, ?> run, TaskListener listener, PipelineResult result,
                                        boolean archived, List<String> published, String step, FlowNode node)
            throws AbortException {
        PrintStream log = listener.getLogger();
        run.addAction(new AibomBuildAction(result, archived, published));
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
        return log(listener, List.of());
    }

    /** As {@link #log(TaskListener)}, with every occurrence of a secret value replaced by {@code ****}. */
    static Log log(TaskListener listener, List<String> secrets) {
        PrintStream out = listener.getLogger();
        return Log.console(line -> out.println(mask(line, secrets)), line -> out.println(mask(line, secrets)));
    }

    static String mask(String line, List<String> secrets) {
        String masked = line;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                masked = masked.replace(secret, "****");
            }
        }
        return masked;
    }

    /** Work that runs on the agent holding the workspace; its result is small (counts, lines, paths). */
    interface AgentWork<T> extends Serializable {
        /** The step name messages start with. */
        String step();

        /** @param limits the step's maxBomSize, else the agent JVM's default */
        T run(java.nio.file.Path workspace, Log log, HashListener progress, ReadLimits limits)
                throws AibomException, IOException;
    }

    /**
     * The one callable every step and builder sends to the agent: it runs the work with the build's read limit, its
     * log lines (secrets masked) and hashing progress streaming to the build console, and turns bad input into one
     * message, never a stack trace.
     */
    static final class OnAgent<T> extends MasterToSlaveFileCallable<T> {
        private static final long serialVersionUID = 1L;
        private final AgentWork<T> work;
        private final Long maxBomSize;
        private final TaskListener listener;
        private final List<String> secrets;

        OnAgent(AgentWork<T> work, Long maxBomSize, TaskListener listener, List<String> secrets) {
            this.work = work;
            this.maxBomSize = maxBomSize;
            this.listener = listener;
            this.secrets = List.copyOf(secrets);
        }

        @Override
        public T invoke(File workspace, VirtualChannel channel) throws IOException {
            Log log = log(listener, secrets);
            try {
                return work.run(RealPaths.of(workspace.toPath()), log, HashProgress.bigFiles(log),
                        ReadLimits.of(maxBomSize));
            } catch (AibomException | IOException | RuntimeException e) {
                AbortException abort = abort(work.step(), e, listener);
                throw new AbortException(mask(abort.getMessage(), secrets));
            }
        }
    }

    /** Generate, sign and check. */
    record GenerateAndCheck(PipelineRequest request) implements AgentWork<PipelineResult> {
        @Override
        public String step() {
            return "aibom";
        }

        @Override
        public PipelineResult run(java.nio.file.Path workspace, Log log, HashListener progress,
                                  ReadLimits limits)
                throws AibomException, IOException {
            try {
                return Pipeline.run(request.withWorkspace(workspace.toString()), log, progress, limits);
            } finally {
                if (request.keyMaterial() != null) {
                    request.keyMaterial().wipe();
                }
            }
        }
    }

    /** Review a supplier's BOM. */
    record Review(ReviewRequest request) implements AgentWork<PipelineResult> {
        @Override
        public String step() {
            return "aibomVerify";
        }

        @Override
        public PipelineResult run(java.nio.file.Path workspace, Log log, HashListener progress,
                                  ReadLimits limits)
                throws AibomException, IOException {
            return Pipeline.review(request.withWorkspace(workspace.toString()), log, progress, limits);
        }
    }

    /** Upload to Dependency-Track; the request's fields, as a Path does not travel to the agent. */
    static final class Upload implements AgentWork<UploadJob.Result> {
        private static final long serialVersionUID = 1L;
        private final String bom;
        private final ProjectTarget target;
        private final DependencyTrackOptions options;
        private final boolean synchronous;
        private final List<String> trustedKeys;
        private final List<String> caRoots;
        private final String step;

        Upload(UploadJob.Request request, String step) {
            this.bom = request.bom().toString();
            this.target = request.target();
            this.options = request.options();
            this.synchronous = request.synchronous();
            this.trustedKeys = request.trust().keys().stream().map(java.nio.file.Path::toString).toList();
            this.caRoots = request.trust().caRoots().stream().map(java.nio.file.Path::toString).toList();
            this.step = step;
        }

        @Override
        public String step() {
            return step;
        }

        @Override
        public UploadJob.Result run(java.nio.file.Path workspace, Log log, HashListener progress,
                                  ReadLimits limits)
                throws AibomException, IOException {
            Trust trust = new Trust(trustedKeys.stream().map(k -> RealPaths.of(workspace, k)).toList(),
                    caRoots.stream().map(k -> RealPaths.of(workspace, k)).toList(), List.of());
            return UploadJob.run(new UploadJob.Request(RealPaths.of(workspace, bom), target, options, trust,
                    synchronous, limits), log);
        }
    }

    /**
     * A failure as the build log shows it: one message naming the file and what to do, never a stack trace for bad
     * input; a bug says it is one, with its trace for the report.
     */
    static AbortException abort(String step, Exception e, TaskListener listener) {
        if (Errors.isBug(e)) {
            e.printStackTrace(listener.getLogger());
        }
        return new AbortException(step + ": " + Text.printableLines(Errors.describe(e)));
    }

    /** For the build page: PASS, UNSTABLE, FAIL in words. */
    static String words(EvaluationResult.Outcome outcome) {
        return outcome.name().charAt(0) + outcome.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
