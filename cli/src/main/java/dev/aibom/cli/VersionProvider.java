package dev.aibom.cli;

import dev.aibom.core.bom.ToolVersion;
import picocli.CommandLine;

/** {@code aibom --version}: aibom's version and the Java it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"aibom " + ToolVersion.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }
}
