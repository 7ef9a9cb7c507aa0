package dev.aibom.core.descriptor;

import java.util.List;

/**
 * One machine-learning model. A model in the build names {@code file} or {@code files} and is hashed; one fetched
 * at deploy time names {@code source} and the expected {@code sha256} instead.
 *
 * @param source {@code hf://org/name@<40-hex commit>} or an http(s) URL
 */
public record ModelDecl(
        String name,
        String version,
        String description,
        String supplier,
        LifecycleStage lifecycle,
        String file,
        String files,
        String source,
        String sha256,
        String license,
        String task,
        String architectureFamily,
        String architecture,
        String baseModel,
        List<String> datasets,
        List<Metric> metrics,
        List<String> users,
        List<String> useCases,
        List<String> limitations,
        List<String> performanceTradeoffs,
        List<EthicalConsideration> ethicalConsiderations,
        List<FairnessAssessment> fairnessAssessments,
        List<Approval> approvals) {

    public ModelDecl {
        datasets = Lists.copy(datasets);
        metrics = Lists.copy(metrics);
        users = Lists.copy(users);
        useCases = Lists.copy(useCases);
        limitations = Lists.copy(limitations);
        performanceTradeoffs = Lists.copy(performanceTradeoffs);
        ethicalConsiderations = Lists.copy(ethicalConsiderations);
        fairnessAssessments = Lists.copy(fairnessAssessments);
        approvals = Lists.copy(approvals);
    }
}
