package dev.aibom.core.report;

import java.util.Map;

/** Titles of the ISO/IEC 42001:2023 Annex A controls the built-in controls evidence, for readers of reports. */
public final class AnnexA {
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("A.4.2", "Resource documentation"),
            Map.entry("A.4.3", "Data resources"),
            Map.entry("A.4.4", "Tooling resources"),
            Map.entry("A.4.5", "System and computing resources"),
            Map.entry("A.4.6", "Human resources"),
            Map.entry("A.5.2", "AI system impact assessment process"),
            Map.entry("A.5.3", "Documentation of AI system impact assessments"),
            Map.entry("A.5.4", "Assessing AI system impact on individuals or groups of individuals"),
            Map.entry("A.5.5", "Assessing societal impacts of AI systems"),
            Map.entry("A.6.2.2", "AI system requirements and specification"),
            Map.entry("A.6.2.3", "Documentation of AI system design and development"),
            Map.entry("A.6.2.4", "AI system verification and validation"),
            Map.entry("A.6.2.5", "AI system deployment"),
            Map.entry("A.6.2.6", "AI system operation and monitoring"),
            Map.entry("A.6.2.7", "AI system technical documentation"),
            Map.entry("A.6.2.8", "AI system recording of event logs"),
            Map.entry("A.7.2", "Data for development and enhancement of AI system"),
            Map.entry("A.7.3", "Acquisition of data"),
            Map.entry("A.7.4", "Quality of data for AI systems"),
            Map.entry("A.7.5", "Data provenance"),
            Map.entry("A.7.6", "Data preparation"),
            Map.entry("A.9.2", "Processes for responsible use of AI systems"),
            Map.entry("A.9.4", "Intended use of the AI system"),
            Map.entry("A.10.2", "Allocating responsibilities"),
            Map.entry("A.10.3", "Suppliers"));

    private AnnexA() {
    }

    public static String title(String reference) {
        return TITLES.getOrDefault(reference, "");
    }

    /** Sorts A.5.2 < A.6.2.10 < A.10.3 numerically. */
    public static int compare(String a, String b) {
        String[] x = a.substring(2).split("\\.");
        String[] y = b.substring(2).split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
