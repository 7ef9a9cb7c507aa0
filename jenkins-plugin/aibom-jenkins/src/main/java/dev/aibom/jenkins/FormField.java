package dev.aibom.jenkins;

import java.io.Serializable;

/**
 * A generated option's place on a step's form (config.jelly loops over them): its field, title, whether it is a
 * checkbox, and the value a new form shows (a number's default, so that an empty box does not bind as 0). A class with getters, not a record, because Jelly's expression language reads JavaBean properties.
 */
public final class FormField implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String title;
    private final boolean checkbox;
    private final String defaultValue;

    public FormField(String name, String title, boolean checkbox, String defaultValue) {
        this.name = name;
        this.title = title;
        this.checkbox = checkbox;
        this.defaultValue = defaultValue;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public boolean isCheckbox() {
        return checkbox;
    }

    /** What a new form shows; null: nothing. */
    public String getDefaultValue() {
        return defaultValue;
    }
}
