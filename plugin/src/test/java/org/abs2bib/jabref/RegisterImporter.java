package org.abs2bib.jabref;

import java.util.prefs.Preferences;

/**
 * Registers a custom importer the way JabRef 3.8 stores it: Java Preferences node {@code /net/sf/jabref}, key
 * {@code customImportFormat0}, value {@code <jar>;<class>} with {@code ;} and {@code \} escaped. Run it with
 * {@code -Djava.util.prefs.userRoot=DIR} so the user's own JabRef settings are never touched.
 */
public final class RegisterImporter {
    private RegisterImporter() {
    }

    public static void main(String[] args) throws Exception {
        Preferences node = Preferences.userRoot().node("/net/sf/jabref");
        node.put("customImportFormat0", escape(args[0]) + ";" + escape(args[1]));
        node.remove("customImportFormat1");
        // remote operation off: a JabRef someone has open must never receive our commands, nor our port clash with it
        node.putBoolean("useRemoteServer", false);
        node.flush();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;");
    }
}
