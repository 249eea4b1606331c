package org.abs2bib.jabref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.Value;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with Debian's JabRef 3.8.2: the built jar registered in a private preferences root, the sample imported
 * through JabRef's own command line, and the result compared field by field with what the abs2bib CLI writes; then a
 * round trip through JabRef's BibTeXML export. JabRef's exit code is not trusted (it exits 0 on failures): the test
 * reads the output and the log. Skipped where JabRef is missing, failed instead when abs2bib.requireTools is set.
 */
class JabRefImportIT {
    static final Path PROJECT = Path.of(System.getProperty("abs2bib.projectDir", "..")).toAbsolutePath().normalize();
    static final Path SAMPLE = PROJECT.resolve("bib/trending-papers.txt");
    static final Path JABREF = Path.of("/usr/bin/jabref");

    @TempDir
    static Path dir;

    static Map<String, Map<String, String>> cli;
    static Map<String, Map<String, String>> jabref;
    static String log;

    record Run(int exit, String output, long millis) {
    }

    static Run run(Map<String, String> env, String... command) throws Exception {
        Path out = Files.createTempFile(dir, "run", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().remove("DISPLAY"); // an unreachable display fails JabRef's run
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " hung; output:\n" + Files.readString(out));
        }
        return new Run(p.exitValue(), Files.readString(out), (System.nanoTime() - t0) / 1_000_000);
    }

    static Map<String, String> jabrefEnv(Path prefs) {
        return Map.of("JABREF_JAVA_OPTS", "--add-opens=java.desktop/java.awt=ALL-UNNAMED -Djava.awt.headless=true "
                + "-Djava.util.prefs.userRoot=" + prefs);
    }

    static Run importWithJabRef(Path prefs, Path output) throws Exception {
        return run(jabrefEnv(prefs), "timeout", "120", JABREF.toString(), "-n", "-i", SAMPLE + ",abstractdump", "-o",
                output.toString());
    }

    @BeforeAll
    static void importBoth() throws Exception {
        if (!Files.isExecutable(JABREF)) {
            String message = "JabRef is not installed (apt-get install -y --no-install-recommends jabref)";
            if (Boolean.getBoolean("abs2bib.requireTools")) {
                fail(message + " — abs2bib.requireTools is set, so a missing tool is a failure");
            }
            Assumptions.abort(message);
        }
        Path jar = Path.of(System.getProperty("abs2bib.pluginJar", "target/abs2bib-jabref.jar")).toAbsolutePath();
        assertThat(jar).exists();
        Path prefs = Files.createDirectory(dir.resolve("prefs"));
        // registered the way the README tells users to: the jar's own Install command
        Run register = java(prefs, jar.toString(), Install.class.getName());
        assertThat(register.exit()).as(register.output()).isZero();
        assertThat(register.output()).contains("registered " + jar);
        Run remoteOff = java(prefs, System.getProperty("java.class.path"), RemoteOperationOff.class.getName());
        assertThat(remoteOff.exit()).as(remoteOff.output()).isZero();

        Path out = dir.resolve("jabref.bib");
        Run imported = importWithJabRef(prefs, out);
        log = imported.output();
        // nothing of the plugin's on JabRef's output: an unrelocated service file once made SLF4J complain at start
        assertThat(log).doesNotContain("Exception", "Unknown import format", "NoClassDefFoundError", "SLF4J");
        assertThat(out).as("JabRef wrote no file; its log:\n" + log).exists();
        jabref = entries(Files.readString(out, StandardCharsets.UTF_8));

        Path cliOut = dir.resolve("cli.bib");
        Run c = run(Map.of(), Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                PROJECT.resolve("target/abs2bib.jar").toString(), "-q", SAMPLE.toString(), "-o", cliOut.toString());
        assertThat(c.exit()).as(c.output()).isZero();
        cli = entries(Files.readString(cliOut, StandardCharsets.UTF_8));
    }

    /** key → field name (lower case) → value, as jbibtex reads the file. */
    static Map<String, Map<String, String>> entries(String bib) throws Exception {
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        for (BibTeXEntry e : db.getEntries().values()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<Key, Value> f : e.getFields().entrySet()) {
                fields.put(f.getKey().getValue().toLowerCase(), f.getValue().toUserString());
            }
            byKey.put(e.getKey().getValue(), fields);
        }
        return byKey;
    }

    @Test
    void jabrefImportsEveryPaperAsTheCommandLineWritesIt() {
        assertThat(jabref).hasSize(234);
        assertThat(jabref.keySet()).containsExactlyInAnyOrderElementsOf(cli.keySet());
        for (String key : cli.keySet()) {
            for (String field : List.of("title", "abstract", "keywords")) {
                assertThat(jabref.get(key).get(field)).as("%s of %s", field, key).isEqualTo(cli.get(key).get(field));
            }
        }
    }

    @Test
    void aRoundTripThroughBibTeXmlKeepsTitlesAndAbstracts() throws Exception {
        Path prefs = dir.resolve("prefs");
        Path rt = dir.resolve("rt.xml");
        Run r = run(jabrefEnv(prefs), "timeout", "120", JABREF.toString(), "-n", "-i",
                dir.resolve("jabref.bib") + ",bibtex", "-o", rt + ",bibtexml");
        assertThat(r.output()).doesNotContain("Exception");
        assertThat(rt).as(r.output()).exists();
        String xml = Files.readString(rt, StandardCharsets.UTF_8);
        Matcher titles = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(xml);
        List<String> seen = new ArrayList<>();
        while (titles.find()) {
            seen.add(unescape(titles.group(1)));
        }
        assertThat(seen).hasSize(234);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(cli.values().stream().map(f -> f.get("title")).toList());
        Matcher abstracts = Pattern.compile("<abstract>(.*?)</abstract>", Pattern.DOTALL).matcher(xml);
        int n = 0;
        List<String> expected = cli.values().stream().map(f -> f.get("abstract")).toList();
        while (abstracts.find()) {
            assertThat(expected).contains(unescape(abstracts.group(1)));
            n++;
        }
        assertThat(n).isEqualTo(234);
    }

    /** Importing twice writes the same library, every paper in it (and says how long JabRef took: see README). */
    @Test
    void jabrefImportsTheSampleTheSameWayEachTime() throws Exception {
        List<Long> times = new ArrayList<>();
        List<String> libraries = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Path out = dir.resolve("again" + k + ".bib");
            Run r = importWithJabRef(dir.resolve("prefs"), out);
            assertThat(out).as(r.output()).exists();
            libraries.add(Files.readString(out).replaceAll("(?m)^% .*$", "")); // JabRef's header names the time
            times.add(r.millis());
        }
        assertThat(libraries.get(1)).isEqualTo(libraries.get(0));
        assertThat(libraries.get(0).split("(?i)@misc\\{", -1)).hasSize(235);
        System.out.printf("JabRef 3.8.2 importing the sample through the plugin: %s ms%n", times);
    }

    /** A JVM on private preferences {@code prefs}, running {@code mainClass} from {@code classPath}. */
    static Run java(Path prefs, String classPath, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.util.prefs.userRoot=" + prefs, "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        return run(Map.of(), command.toArray(String[]::new));
    }

    /** Installing twice registers the importer once, beside the user's other importers; uninstalling takes it out. */
    @Test
    void installRegistersOnceBesideOtherImportersAndUninstallTakesItOut(@TempDir Path own) throws Exception {
        Path jar = Path.of(System.getProperty("abs2bib.pluginJar", "target/abs2bib-jabref.jar")).toAbsolutePath();
        Path prefs = Files.createDirectories(own.resolve("prefs/.java/.userPrefs/net/sf/jabref"));
        Files.writeString(prefs.resolve("prefs.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <map MAP_XML_VERSION="1.0">
                  <entry key="customImportFormat0" value="/opt/other.jar;com.example.OtherImporter"/>
                </map>
                """);
        Path root = own.resolve("prefs");
        assertThat(java(root, jar.toString(), Install.class.getName()).exit()).isZero();
        assertThat(java(root, jar.toString(), Install.class.getName()).exit()).isZero();
        String installed = Files.readString(prefs.resolve("prefs.xml"));
        assertThat(installed).contains("key=\"customImportFormat0\" value=\"/opt/other.jar;com.example.OtherImporter\"",
                "key=\"customImportFormat1\" value=\"" + jar + ";" + AbstractDumpImporter.class.getName() + "\"")
                .doesNotContain("customImportFormat2");
        assertThat(java(root, jar.toString(), Install.class.getName(), "--uninstall").exit()).isZero();
        String removed = Files.readString(prefs.resolve("prefs.xml"));
        assertThat(removed).contains("com.example.OtherImporter").doesNotContain(AbstractDumpImporter.class.getName(),
                "customImportFormat1");
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
