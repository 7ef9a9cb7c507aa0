package dev.aibom.cli;

import dev.aibom.core.job.Trust;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Whose signatures count: {@code --trusted-key}, {@code --ca-root}, {@code --crl}, each repeatable. */
final class TrustOptions {
    @Option(names = "--trusted-key", paramLabel = "PEM",
            description = "a public key or certificate (PEM) whose signatures are trusted, or a folder whose *.pem"
                    + " files all are; repeatable")
    List<Path> keys = new ArrayList<>();

    @Option(names = "--ca-root", paramLabel = "PEM",
            description = "a CA certificate (PEM): a signature whose certificate path chains to it is trusted;"
                    + " repeatable")
    List<Path> caRoots = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "FILE",
            description = "a certificate revocation list (PEM or DER); with one, revocation is checked for every"
                    + " certificate path; repeatable")
    List<Path> crls = new ArrayList<>();

    Trust trust() {
        return new Trust(keys, caRoots, crls);
    }
}
