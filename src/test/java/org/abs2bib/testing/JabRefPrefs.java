package org.abs2bib.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Private Java preferences for a JabRef started by a test ({@code -Djava.util.prefs.userRoot=DIR}): the user's own
 * settings are never read or touched, and remote operation is off, so a JabRef someone has open never receives the
 * test's command ("Arguments passed on to running JabRef instance") and no port clashes with it.
 */
public final class JabRefPrefs {
    private JabRefPrefs() {
    }

    /** Makes {@code dir} a preferences root holding JabRef's node with {@code useRemoteServer=false}. */
    public static Path withoutRemoteOperation(Path dir) throws IOException {
        Path node = Files.createDirectories(dir.resolve(".java/.userPrefs/net/sf/jabref"));
        Files.writeString(node.resolve("prefs.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <map MAP_XML_VERSION="1.0">
                  <entry key="useRemoteServer" value="false"/>
                </map>
                """, StandardCharsets.UTF_8);
        return dir;
    }
}
