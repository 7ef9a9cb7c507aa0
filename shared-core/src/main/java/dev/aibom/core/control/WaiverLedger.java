package dev.aibom.core.control;

import dev.aibom.control.Finding;
import java.util.List;

/**
 * How the waivers applied to the findings of the other controls: the violations whose only matching waivers have
 * expired, and the waivers that matched no violation. The waiver controls report from it.
 *
 * @param source where the waivers came from, for messages
 */
public record WaiverLedger(String source, List<Expired> expired, List<Waivers.Waiver> unused) {
    public WaiverLedger {
        expired = List.copyOf(expired);
        unused = List.copyOf(unused);
    }

    /** A violation that an expired waiver used to accept. */
    public record Expired(Finding finding, Waivers.Waiver waiver) {
    }
}
