package dev.aibom.core;

import dev.aibom.core.control.EvaluationResult;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.job.CheckJob;
import dev.aibom.core.job.Input;
import dev.aibom.core.job.Judging;
import dev.aibom.core.job.ReviewJob;
import dev.aibom.core.job.Trust;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Short calls of the check and review jobs for tests. */
public final class TestJobs {
    private TestJobs() {
    }

    public static Input input(String parameter, Optional<Path> file) {
        return file.map(f -> Input.configured(parameter, f.toString())).orElse(Input.none(parameter));
    }

    public static CheckJob.Result check(Path bom, Optional<Path> policy, Optional<Path> register,
                                        Optional<Path> waivers, List<Path> trustedKeys, Optional<Path> filesBase,
                                        LocalDate today, Log log) throws Exception {
        return CheckJob.run(new CheckJob.Request(bom, Judging.builder(today).policy(input("policy", policy))
                .register(input("suppliers", register)).waivers(input("waivers", waivers))
                .trust(Trust.keys(trustedKeys)).build().withRegisterTimeout(Duration.ofSeconds(5)), filesBase), log,
                HashListener.NONE);
    }

    public static EvaluationResult check(Path bom, Optional<Path> policy, Optional<Path> register,
                                         Optional<Path> filesBase, LocalDate today) throws Exception {
        return check(bom, policy, register, Optional.empty(), List.of(), filesBase, today, Log.NONE).evaluation();
    }

    public static ReviewJob.Result review(Path bom, Path register, LocalDate today, Log log) throws Exception {
        return ReviewJob.run(new ReviewJob.Request(bom, Judging.builder(today)
                .register(Input.configured("suppliers", register.toString()))
                .build().withRegisterTimeout(Duration.ofSeconds(5))), log, HashListener.NONE);
    }
}
