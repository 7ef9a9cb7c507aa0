// Compile-time stub: declares the members aibom uses with the signatures of warnings-ng 12.9996.va_151fb_d6d757.
// Never packaged.
package io.jenkins.plugins.analysis.core.model;

import hudson.model.AbstractDescribableImpl;

import java.io.Serializable;

public abstract class Tool extends AbstractDescribableImpl<Tool> implements Serializable {
    private String id = "";
    private String name = "";

    public void setId(final String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public void setName(final String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
