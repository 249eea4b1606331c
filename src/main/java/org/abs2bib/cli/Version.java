package org.abs2bib.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (Maven writes it), so there is one place to change it: the pom. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"abs2bib " + org.abs2bib.Abs2Bib.version()};
    }
}
