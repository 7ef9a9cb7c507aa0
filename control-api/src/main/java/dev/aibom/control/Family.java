package dev.aibom.control;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Control families, as the catalogue and the reports group them. */
public enum Family {
    SYSTEM("AI system"), SUPPLIER("Suppliers"), LIFECYCLE("Life cycle"), DATA("Data"),
    INTEGRITY("Integrity and licensing"), WAIVERS("Waivers");

    private final String title;

    Family(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
