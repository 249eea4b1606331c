package org.abs2bib.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpReaderTest {
    static final String ABSTRACT = "We study a problem. We propose a method that solves it well and show that it "
            + "works on three benchmarks.";

    static Dump read(String text) throws Exception {
        return DumpReader.read(new StringReader(text), "t.txt");
    }

    @Test
    void titlesAndAbstractsAreToldApartByShapeNotParity() throws Exception {
        // the second paper has no abstract; a parity-based reader would shift every later paper by one line
        Dump d = read("First Paper\n" + ABSTRACT + "\nSecond Paper Without Abstract\nThird Paper\n" + ABSTRACT + "\n");
        assertThat(d.format()).isEqualTo(DumpFormat.LINES);
        assertThat(d.papers()).extracting(Paper::title)
                .containsExactly("First Paper", "Second Paper Without Abstract", "Third Paper");
        assertThat(d.papers()).extracting(Paper::line).containsExactly(1, 3, 4);
        assertThat(d.papers().get(1).hasAbstract()).isFalse();
        assertThat(d.warnings()).extracting(Diagnostic::line).containsExactly(3);
    }

    @Test
    void aTitleWithTwoQuestionsStaysATitleWhenLinesAlternate() throws Exception {
        // found in a generated 100,000-paper dump: such titles used to vanish into the abstract before them
        Dump d = read("First Paper\n" + ABSTRACT + "\nWhat Would Elsa Do? Freezing Layers: Does It Help? A Study\n"
                + ABSTRACT + "\n");
        assertThat(d.papers()).extracting(Paper::title)
                .containsExactly("First Paper", "What Would Elsa Do? Freezing Layers: Does It Help? A Study");
        assertThat(d.warnings()).isEmpty();
    }

    private static final String LONG_ABSTRACT = ABSTRACT + " Our experiments on four datasets show consistent gains "
            + "over strong baselines, and an ablation explains where they come from.";

    @Test
    void aTitleOfNamesJoinedByAndBetweenTwoAbstractsIsATitle() throws Exception {
        // found in a generated 100,000-paper dump: the title read as an author line, the dump went to the record
        // reader, and every paper after it vanished into one abstract
        for (String title : List.of("Web Interface Control and Sequential Exploration and Prompt-Agnostic Tuning",
                "Vision and Language and Robotics", "Alignment, Safety and Interpretability")) {
            Dump d = read("First Paper\n" + LONG_ABSTRACT + "\n" + title + "\n" + LONG_ABSTRACT
                    + "\nThird Paper\n" + LONG_ABSTRACT + "\n");
            assertThat(d.papers()).as(title).extracting(Paper::title).containsExactly("First Paper", title,
                    "Third Paper");
        }
    }

    @Test
    void everyPaperOfAGeneratedDumpIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        // the benchmarks' dumps recombine the sample's title parts, so they hold titles no fixture has
        for (String seed : List.of("1", "2", "42")) {
            java.nio.file.Path file = tmp.resolve("d" + seed + ".txt");
            org.abs2bib.bench.DumpGenerator.main(new String[] {"2000", file.toString(), seed});
            try (var in = java.nio.file.Files.newInputStream(file)) {
                Dump d = DumpReader.read(in, file.toString());
                assertThat(d.papers()).as("seed " + seed).hasSize(2000);
                assertThat(d.papers().get(1999).title()).endsWith(" 1999");
            }
        }
    }

    @Test
    void inAPasteWithIdentifiersATitleRightUnderTheAbstractBeforeItStartsAPaper() throws Exception {
        // the record reader (chosen for the arXiv line) on a page copied without its blank lines
        Dump d = read("arXiv:2401.00001\nFirst Paper\n" + LONG_ABSTRACT + "\nSecond Paper on Things\n"
                + LONG_ABSTRACT + "\nThird: A Paper\n" + LONG_ABSTRACT + "\n");
        assertThat(d.papers()).extracting(Paper::title).containsExactly("First Paper", "Second Paper on Things",
                "Third: A Paper");
        assertThat(d.papers()).allSatisfy(p -> assertThat(p.abstractText()).isEqualTo(LONG_ABSTRACT));
    }

    @Test
    void aSecondProseLineAfterAnAbstractIsKeptAndReported() throws Exception {
        String prose = "A second paragraph that runs on. It has several sentences. It is clearly prose. It is longer "
                + "than any title would be, since it goes on about the method, its data and its results here.";
        Dump d = read("First Paper\n" + ABSTRACT + "\n" + prose + "\n");
        assertThat(d.papers()).singleElement().extracting(Paper::abstractText).asString().endsWith("results here.");
        assertThat(d.warnings()).singleElement().extracting(Diagnostic::message).asString()
                .contains("read as more of the abstract of line 1");
    }

    @Test
    void chromeIsDroppedAndAGluedButtonCutOff() throws Exception {
        Dump d = read("Get trending papers in your email inbox!\nSubscribeAutoFlow: Workflows\n" + ABSTRACT);
        assertThat(d.papers()).singleElement().extracting(Paper::title).isEqualTo("AutoFlow: Workflows");
        assertThat(d.papers().get(0).line()).isEqualTo(2);
    }

    @Test
    void aTitleThatStartsWithSubscribeIsKeptWhenNoChromeComesBefore() throws Exception {
        Dump d = read("Intro\n" + ABSTRACT + "\nSubscribeNet: Pub-Sub for Agents\n" + ABSTRACT);
        assertThat(d.papers()).extracting(Paper::title).contains("SubscribeNet: Pub-Sub for Agents");
    }

    @Test
    void crlfCrAndBomAreAllLineEnds() throws Exception {
        byte[] bytes = ("\uFEFFOne\r\n" + ABSTRACT + "\r\nTwo\r" + ABSTRACT).getBytes(StandardCharsets.UTF_8);
        Dump d = DumpReader.read(new ByteArrayInputStream(bytes), "t.txt");
        assertThat(d.papers()).extracting(Paper::title).containsExactly("One", "Two");
        assertThat(d.papers()).extracting(Paper::abstractText).containsOnly(ABSTRACT);
    }

    @Test
    void detectsEachShape() throws Exception {
        assertThat(read("A\n" + ABSTRACT + "\n\nB\n" + ABSTRACT).format()).isEqualTo(DumpFormat.BLOCKS);
        assertThat(read("1. A\n" + ABSTRACT + "\n2. B\n" + ABSTRACT).format()).isEqualTo(DumpFormat.NUMBERED);
        assertThat(read("Title: A\nAbstract: " + ABSTRACT).format()).isEqualTo(DumpFormat.LABELLED);
    }

    @Test
    void wrappedParagraphsAfterABlankLineStayInTheirAbstract() throws Exception {
        Dump d = read("A Paper\nFirst paragraph of the abstract. It ends here.\n\nSecond paragraph goes on over\n"
                + "two lines, and ends.\n\nB Paper\nIts abstract is here, and it says a lot of things.\n");
        assertThat(d.papers()).extracting(Paper::title).containsExactly("A Paper", "B Paper");
        assertThat(d.papers().get(0).abstractText()).endsWith("Second paragraph goes on over two lines, and ends.");
    }

    @Test
    void labelledBlocksKeepAuthorsIdAndCategory() throws Exception {
        Dump d = read("arXiv:1706.03762\nTitle: Attention Is All\n  You Need\nAuthors: Ashish Vaswani (Google),"
                + " Noam Shazeer and Niki Parmar\nSubjects: Computation and Language (cs.CL)\nAbstract: " + ABSTRACT);
        Paper p = d.papers().get(0);
        assertThat(p.title()).isEqualTo("Attention Is All You Need");
        assertThat(p.authors()).containsExactly("Ashish Vaswani", "Noam Shazeer", "Niki Parmar");
        assertThat(p.arxivId()).isEqualTo("1706.03762");
        assertThat(p.category()).isEqualTo("cs.CL");
        assertThat(p.abstractText()).isEqualTo(ABSTRACT);
    }

    @Test
    void textBeforeTheFirstTitleIsReportedNotTurnedIntoATitle() throws Exception {
        Dump d = read(ABSTRACT + " " + ABSTRACT + " " + ABSTRACT + "\nReal Title\n" + ABSTRACT);
        assertThat(d.papers()).extracting(Paper::title).containsExactly("Real Title");
        assertThat(d.warnings()).singleElement().extracting(Diagnostic::line).isEqualTo(1);
    }

    @Test
    void streamsPapersInOrder() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int k = 0; k < 500; k++) {
            big.append("Paper number ").append(k).append('\n').append(ABSTRACT).append('\n');
        }
        List<Paper> papers = read(big.toString()).papers();
        assertThat(papers).hasSize(500);
        assertThat(papers.get(499).title()).isEqualTo("Paper number 499");
        assertThat(papers.get(499).line()).isEqualTo(999);
    }

    @Test
    void aLineOfNoBreakSpacesSeparatesBlocksAsABlankLineDoes() throws Exception {
        Dump d = read("First Paper\n" + ABSTRACT + "\n\u00A0\u00A0\nSecond Paper\n" + ABSTRACT + "\n");
        assertThat(d.format()).isEqualTo(DumpFormat.BLOCKS);
        assertThat(d.papers()).extracting(Paper::title).containsExactly("First Paper", "Second Paper");
    }

    @Test
    void quotesAroundAWholeTitleGoButQuotesInsideItStay() throws Exception {
        Dump d = read("1.\t\u201CFirst Paper\u201D\n" + ABSTRACT + "\n2.\t\"Why Should I Trust You?\": Explaining "
                + "Predictions\n" + ABSTRACT + "\n");
        assertThat(d.papers()).extracting(Paper::title)
                .containsExactly("First Paper", "\"Why Should I Trust You?\": Explaining Predictions");
    }

    @Test
    void aPubMedRecordKeepsItsCitationIdsAndAuthors() throws Exception {
        Dump d = read("1. Nat Mach Intell. 2024 May;6(5):525-535. doi: 10.1038/s42256-024-00832-8. Epub 2024\n"
                + "May 8.\n\nAugmenting large language models with chemistry tools.\n\nM Bran A(1), Cox S(2), "
                + "Schilter O(3).\n\nAuthor information:\n(1)Laboratory of Artificial Chemical Intelligence.\n\n"
                + ABSTRACT + "\n\nDOI: 10.1038/s42256-024-00832-8\nPMCID: PMC11116106\nPMID: 38799228\n");
        assertThat(d.format()).isEqualTo(DumpFormat.PUBMED);
        Paper p = d.papers().get(0);
        assertThat(p.title()).isEqualTo("Augmenting large language models with chemistry tools");
        assertThat(p.authors()).containsExactly("M Bran A", "Cox S", "Schilter O");
        assertThat(p.citation()).isEqualTo(new Citation("Nat Mach Intell", "2024", "6", "5", "525-535"));
        assertThat(p.doi()).isEqualTo("10.1038/s42256-024-00832-8");
        assertThat(p.pmid()).isEqualTo("38799228");
        assertThat(p.abstractText()).isEqualTo(ABSTRACT);
    }

    @Test
    void aSpreadsheetRowWithAQuotedMultiLineCellIsOnePaper() throws Exception {
        Dump d = read("Link,TITLE,abstract\nhttps://arxiv.org/pdf/2305.14314v2,\"QLoRA: Efficient Finetuning\","
                + "\"We study a problem.\nWe propose \"\"a method\"\", that works.\"\n");
        assertThat(d.format()).isEqualTo(DumpFormat.TABLE);
        Paper p = d.papers().get(0);
        assertThat(p.title()).isEqualTo("QLoRA: Efficient Finetuning");
        assertThat(p.abstractText()).isEqualTo("We study a problem. We propose \"a method\", that works.");
        assertThat(p.arxivId()).isEqualTo("2305.14314");
    }

    @Test
    void chatRemarksAndSectionHeadingsAreReportedNotWritten() throws Exception {
        Dump d = read("## Week 3\n\nJane Doe  10:32 AM\nnice, reading this tonight\n\nJane Doe  10:40 AM\n"
                + "QLoRA: Efficient Finetuning of Quantized LLMs\nhttps://arxiv.org/abs/2305.14314\n" + ABSTRACT + "\n");
        assertThat(d.papers()).extracting(Paper::title).containsExactly("QLoRA: Efficient Finetuning of Quantized LLMs");
        assertThat(d.papers().get(0).arxivId()).isEqualTo("2305.14314");
        assertThat(d.warnings()).filteredOn(Diagnostic::isUnplaced).extracting(Diagnostic::line).contains(1, 4);
    }
}
