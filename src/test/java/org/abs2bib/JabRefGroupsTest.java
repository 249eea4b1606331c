package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.abs2bib.cli.CliRunner;
import org.abs2bib.testing.ExternalTool;
import org.abs2bib.testing.ExternalTool.Run;
import org.abs2bib.testing.Golden;
import org.abs2bib.testing.JabRefPrefs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group tree abs2bib writes is one JabRef 3.8.2 reads: JabRef opens the file and, saving it again, writes the
 * same groups back (a round trip through its command line, in a private preferences root).
 */
class JabRefGroupsTest {
    @TempDir
    Path dir;

    static List<String> groupLines(String bib) {
        int start = bib.indexOf("groupstree:");
        assertThat(start).as("no group tree in:\n" + bib.substring(Math.max(0, bib.length() - 2000))).isPositive();
        return bib.substring(start, bib.indexOf('}', start)).lines().skip(1).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void jabrefKeepsTheGroupsWhenItSavesTheFileAgain() throws Exception {
        Path jabref = ExternalTool.require("jabref");
        Path bib = dir.resolve("groups.bib");
        CliRunner.Result r = CliRunner.run(Golden.projectDir().resolve("bib/trending-papers.txt").toString(),
                "--jabref-groups", "--tag-hierarchy", "-o", bib.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> written = groupLines(Files.readString(bib));
        assertThat(written).hasSizeGreaterThan(10).contains("0 AllEntriesGroup:;")
                .anyMatch(l -> l.startsWith("2 KeywordGroup:")); // nested by the vocabulary's parents

        Path prefs = JabRefPrefs.withoutRemoteOperation(Files.createDirectory(dir.resolve("prefs")));
        Run run = ExternalTool.run(dir, 180, Map.of("JABREF_JAVA_OPTS", "--add-opens=java.desktop/java.awt="
                + "ALL-UNNAMED -Djava.awt.headless=true -Djava.util.prefs.userRoot=" + prefs, "DISPLAY", ""),
                "timeout", "120", jabref.toString(), "-n", "-i", bib + ",bibtex", "-o", dir.resolve("saved.bib")
                        .toString());
        assertThat(run.output()).doesNotContain("Exception");
        Path saved = dir.resolve("saved.bib");
        assertThat(saved).as(run.output()).exists();
        String again = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(groupLines(again)).containsExactlyElementsOf(written);
        assertThat(again.split("@Misc\\{|@misc\\{", -1)).hasSize(235);
    }
}
