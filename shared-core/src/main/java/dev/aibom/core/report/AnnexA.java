package dev.aibom.core.report;

/**
 * Titles of the ISO/IEC 42001:2023 Annex A controls for readers of reports: aibom's own short wording (the standard's
 * text is copyrighted), the same as in the declarations ({@link dev.aibom.core.declare.AnnexA}).
 */
public final class AnnexA {
    private AnnexA() {
    }

    public static String title(String reference) {
        return dev.aibom.core.declare.AnnexA.entry(reference).map(dev.aibom.core.declare.AnnexA.Entry::title)
                .orElse("");
    }

    /** Sorts A.5.2 < A.6.2.10 < A.10.3 numerically. */
    public static int compare(String a, String b) {
        return dev.aibom.core.declare.AnnexA.compareIds(a, b);
    }
}
