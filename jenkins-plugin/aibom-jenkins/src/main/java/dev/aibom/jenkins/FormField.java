package dev.aibom.jenkins;

import java.io.Serializable;

/**
 * A generated option's place on a step's form (config.jelly loops over them): its field, title and whether it is a
 * checkbox. A class with getters, not a record, because Jelly's expression language reads JavaBean properties.
 */
public final class FormField implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String title;
    private final boolean checkbox;

    public FormField(String name, String title, boolean checkbox) {
        this.name = name;
        this.title = title;
        this.checkbox = checkbox;
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
}
