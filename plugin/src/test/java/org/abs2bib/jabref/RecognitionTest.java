package org.abs2bib.jabref;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jabref.logic.importer.ParserResult;
import org.junit.jupiter.api.Test;

/**
 * JabRef asks custom importers first when it guesses a file's format, so the importer must claim dumps and nothing
 * else. Also the importer's answers without a running JabRef.
 */
class RecognitionTest {
    final AbstractDumpImporter importer = new AbstractDumpImporter();

    boolean recognizes(String text) throws Exception {
        return importer.isRecognizedFormat(new BufferedReader(new StringReader(text)));
    }

    @Test
    void claimsTheSampleDump() throws Exception {
        Path sample = Path.of(System.getProperty("abs2bib.projectDir", ".."), "bib/trending-papers.txt");
        assertThat(recognizes(Files.readString(sample))).isTrue();
    }

    @Test
    void leavesOtherFormatsAlone() throws Exception {
        assertThat(recognizes("@misc{a,\n  title = {A},\n  abstract = {B. C. D.}\n}\n")).isFalse();
        assertThat(recognizes("TY  - JOUR\nTI  - A title\nAB  - An abstract. It goes on.\nER  -\n")).isFalse();
        assertThat(recognizes("<?xml version=\"1.0\"?><file/>")).isFalse();
        assertThat(recognizes("Dear colleague,\nthank you for your letter.\n")).isFalse();
    }

    @Test
    void importsWithKeysAndReportsBadInput() throws Exception {
        ParserResult r = importer.importDatabase(new BufferedReader(new StringReader(
                "Attention Is All You Need\nWe propose the Transformer. It is based on attention alone.\n")));
        assertThat(r.getDatabase().getEntries()).singleElement()
                .satisfies(e -> assertThat(e.getCiteKeyOptional()).contains("attentionallyou"));
        ParserResult bad = importer.importDatabase(new BufferedReader(new StringReader("")));
        assertThat(bad.getErrorMessage()).contains("is empty");
    }

    @Test
    void lookupsAreOffUnlessJabRefsJavaOptionsTurnThemOn() {
        java.util.Properties none = new java.util.Properties();
        assertThat(AbstractDumpImporter.options(none).lookup().enabled()).isFalse();
        assertThat(AbstractDumpImporter.options(none).published().enabled()).isFalse();
        java.util.Properties on = new java.util.Properties();
        on.setProperty("abs2bib.arxiv", "true");
        on.setProperty("abs2bib.published", "true");
        on.setProperty("abs2bib.mailto", "me@example.org");
        org.abs2bib.Options o = AbstractDumpImporter.options(on);
        assertThat(o.lookup().enabled()).isTrue();
        assertThat(o.published().enabled()).isTrue();
        assertThat(o.published().mailto()).isEqualTo("me@example.org");
        assertThat(o.published().cacheDirectory()).isEqualTo(o.lookup().cacheDirectory());
    }

    /**
     * JabRef 3.8.2 names its import dialog's filters by file kind (an enum a plugin cannot extend) and imports with
     * the first importer whose kind matches the chosen filter. abs2bib's kind is plain text, which no built-in
     * importer uses: so the filter "Plain text file (*.txt)" is the Abstract Dump importer's, as the README says.
     */
    @Test
    void thePlainTextFilterOfTheImportDialogIsOurs() throws Exception {
        assertThat(importer.getExtensions()).isEqualTo(net.sf.jabref.logic.util.FileExtensions.TXT);
        assertThat(importer.getExtensions().getDescription()).startsWith("Plain text");
        java.net.URL jar = net.sf.jabref.logic.importer.Importer.class.getProtectionDomain().getCodeSource()
                .getLocation();
        int importers = 0;
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(new java.io.File(jar.toURI()))) {
            for (java.util.jar.JarEntry e : java.util.Collections.list(j.entries())) {
                String name = e.getName();
                if (!name.startsWith("net/sf/jabref/logic/importer/fileformat/") || !name.endsWith("Importer.class")) {
                    continue;
                }
                importers++;
                assertThat(mentionsPlainText(j.getInputStream(e).readAllBytes())).as("%s uses the plain-text kind", name)
                        .isFalse();
            }
        }
        assertThat(importers).as("JabRef's built-in importers").isGreaterThan(15);
        try (var own = AbstractDumpImporter.class.getResourceAsStream("AbstractDumpImporter.class")) {
            assertThat(mentionsPlainText(own.readAllBytes())).as("the check finds the kind where it is used").isTrue();
        }
    }

    /** Which kind an importer returns is in its code: a class file naming the constant TXT holds it as "\3TXT". */
    private static boolean mentionsPlainText(byte[] classFile) {
        return new String(classFile, java.nio.charset.StandardCharsets.ISO_8859_1).contains("\u0000\u0003TXT");
    }
}
