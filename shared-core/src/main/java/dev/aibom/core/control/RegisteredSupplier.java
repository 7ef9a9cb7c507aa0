package dev.aibom.core.control;

import java.security.PublicKey;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One supplier as procurement registered it.
 *
 * @param names         names and aliases a BOM may use for it (matched case-insensitively)
 * @param urls          web addresses a BOM may use for it (matched by host)
 * @param reassessEvery how often it must be re-assessed, if it has an interval
 * @param expires       when the approval lapses, if it has a fixed end
 * @param approvedFor   component kinds it may supply: {@code model}, {@code dataset}, {@code service}
 * @param publicKeys    keys its BOMs must be signed with
 */
public record RegisteredSupplier(String id, List<String> names, List<String> urls, SupplierStatus status,
                                 LocalDate lastAssessment, Optional<Period> reassessEvery, Optional<LocalDate> expires,
                                 List<String> certifications, Set<String> approvedFor, List<PublicKey> publicKeys) {
    public RegisteredSupplier {
        Objects.requireNonNull(id, "id");
        names = List.copyOf(names);
        urls = List.copyOf(urls);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reassessEvery, "reassessEvery");
        Objects.requireNonNull(expires, "expires");
        certifications = List.copyOf(certifications);
        approvedFor = Set.copyOf(approvedFor);
        publicKeys = List.copyOf(publicKeys);
    }

    /** The last day the current assessment counts, if it is bounded. */
    public Optional<LocalDate> assessmentValidUntil() {
        Optional<LocalDate> byInterval = reassessEvery.flatMap(period -> Optional.ofNullable(lastAssessment)
                .map(date -> date.plus(period)));
        if (byInterval.isPresent() && expires.isPresent()) {
            return Optional.of(byInterval.get().isBefore(expires.get()) ? byInterval.get() : expires.get());
        }
        return byInterval.isPresent() ? byInterval : expires;
    }

    public String displayName() {
        return names.isEmpty() ? id : names.get(0);
    }
}
