package dev.aibom.core.control;

import dev.aibom.core.AibomException;
import dev.aibom.core.bom.BomReader;
import dev.aibom.core.bom.LoadedBom;
import dev.aibom.core.hash.HashListener;
import dev.aibom.core.integrity.ArtifactIntegrity;
import dev.aibom.core.sign.BomSignatures;
import dev.aibom.core.sign.VerificationPolicy;
import dev.aibom.core.sign.VerificationReport;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole "check" job the plugins run: read the BOM strictly, load policy, supplier register and waivers (each
 * misconfiguration is an error naming its file), verify signatures and files when asked, evaluate every control.
 */
public final class ControlCheck {
    private ControlCheck() {
    }

    /**
     * @param register      path or https URL of the supplier register
     * @param trustedKeys   keys a signature may be made with; signatures are verified when this is not empty or
     *                      when reviewing a supplier's BOM (then the register's keys are trusted too)
     * @param filesBase     folder the BOM's artefact paths are relative to, to check the files against the hashes
     * @param supplierReview the BOM came from a supplier: it must be signed with a key registered for it
     * @param failOn        overrides the policy's failOn
     */
    public record Request(Path bom, Optional<Path> policy, Optional<String> register, Optional<Path> waivers,
                          List<PublicKey> trustedKeys, Optional<Path> filesBase, boolean supplierReview,
                          LocalDate today, Optional<FailOn> failOn, Duration registerTimeout) {
        public Request {
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(waivers, "waivers");
            trustedKeys = List.copyOf(trustedKeys);
            Objects.requireNonNull(filesBase, "filesBase");
            Objects.requireNonNull(today, "today");
            Objects.requireNonNull(failOn, "failOn");
            Objects.requireNonNull(registerTimeout, "registerTimeout");
        }

        public static Request of(Path bom, LocalDate today) {
            return new Request(bom, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                    false, today, Optional.empty(), Duration.ofSeconds(20));
        }
    }

    public static EvaluationResult run(Request request, HashListener listener) throws AibomException, IOException {
        ControlRegistry registry = ControlRegistry.load();
        Policy policy = request.policy().isPresent() ? Policy.load(request.policy().get(), registry)
                : Policy.defaults(registry);
        if (request.failOn().isPresent()) {
            policy = policy.withFailOn(request.failOn().get());
        }
        Optional<SupplierRegister> register = request.register().isPresent()
                ? Optional.of(SupplierRegister.load(request.register().get(), request.registerTimeout()))
                : Optional.empty();
        Waivers waivers = request.waivers().isPresent() ? Waivers.load(request.waivers().get(), registry) : Waivers.none();
        LoadedBom bom = new BomReader().read(request.bom());

        Optional<VerificationReport> signatures = Optional.empty();
        if (!request.trustedKeys().isEmpty() || request.supplierReview()) {
            List<PublicKey> trusted = new ArrayList<>(request.trustedKeys());
            register.ifPresent(r -> r.suppliers().forEach(s -> trusted.addAll(s.publicKeys())));
            signatures = Optional.of(BomSignatures.verify(bom, VerificationPolicy.trusting(trusted)
                    .withRequireSignature(false)));
        }
        Optional<ArtifactIntegrity.Report> integrity = request.filesBase().isPresent()
                ? Optional.of(ArtifactIntegrity.check(bom.tree(), request.filesBase().get(), listener))
                : Optional.empty();
        EvaluationContext context = new EvaluationContext(new BomView(bom.tree()), register, signatures, integrity,
                request.supplierReview(), request.today());
        return ControlEngine.evaluate(bom, context, policy, waivers);
    }
}
