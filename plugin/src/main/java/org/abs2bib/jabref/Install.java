package org.abs2bib.jabref;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * Registers the importer in JabRef 3.8's preferences, or takes it out again, so that nobody has to click through
 * <i>Manage custom imports</i> or write Java:
 * <pre>
 * java -cp abs2bib-jabref.jar org.abs2bib.jabref.Install            # register this jar
 * java -cp abs2bib-jabref.jar org.abs2bib.jabref.Install --uninstall
 * </pre>
 * JabRef keeps custom importers in the Java Preferences node {@code /net/sf/jabref}, keys {@code customImportFormat0},
 * {@code 1}, … in order, each {@code <jar>;<class>} with {@code ;} and {@code \} escaped. Other importers the user
 * registered are kept, in their order; a registration of this importer is replaced, never added twice. Run it with
 * JabRef closed: JabRef writes its preferences back when it exits.
 */
public final class Install {
    static final String NODE = "/net/sf/jabref";
    static final String KEY = "customImportFormat";
    /** By name: loading the class would need JabRef's on the class path, which this command runs without. */
    static final String IMPORTER = "org.abs2bib.jabref.AbstractDumpImporter";

    private Install() {
    }

    public static void main(String[] args) throws Exception {
        boolean uninstall = args.length > 0 && args[0].equals("--uninstall");
        Path jar = args.length > (uninstall ? 1 : 0) ? Path.of(args[uninstall ? 1 : 0]) : ownJar();
        Preferences node = Preferences.userRoot().node(NODE);
        List<String> others = new ArrayList<>();
        for (int k = 0; node.get(KEY + k, null) != null; k++) {
            String value = node.get(KEY + k, "");
            if (!value.endsWith(";" + IMPORTER)) {
                others.add(value);
            }
        }
        List<String> values = new ArrayList<>(others);
        if (!uninstall) {
            values.add(escape(jar.toAbsolutePath().toString()) + ";" + IMPORTER);
        }
        for (int k = 0; node.get(KEY + k, null) != null || k < values.size(); k++) {
            if (k < values.size()) {
                node.put(KEY + k, values.get(k));
            } else {
                node.remove(KEY + k);
            }
        }
        node.flush();
        System.out.println(uninstall ? "abs2bib-jabref: the Abstract Dump importer is no longer registered in JabRef"
                : "abs2bib-jabref: registered " + jar.toAbsolutePath() + " in JabRef; restart JabRef, then File → "
                        + "Import into new database, files of type \"Plain text file (*.txt)\" (the Abstract Dump "
                        + "importer's)");
    }

    /** The jar this class was loaded from: what a user runs this from is what gets registered. */
    private static Path ownJar() throws URISyntaxException {
        return Path.of(Install.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;");
    }
}
