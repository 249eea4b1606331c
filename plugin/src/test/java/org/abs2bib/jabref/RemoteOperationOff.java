package org.abs2bib.jabref;

import java.util.prefs.Preferences;

/**
 * Turns JabRef's remote operation off in the preferences a test gives JabRef ({@code -Djava.util.prefs.userRoot=DIR},
 * so the user's own settings are never touched): a JabRef someone has open must never receive a test's command, nor
 * its port clash with the test's JabRef.
 */
public final class RemoteOperationOff {
    private RemoteOperationOff() {
    }

    public static void main(String[] args) throws Exception {
        Preferences node = Preferences.userRoot().node(Install.NODE);
        node.putBoolean("useRemoteServer", false);
        node.flush();
    }
}
