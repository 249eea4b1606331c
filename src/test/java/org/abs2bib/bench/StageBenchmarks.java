package org.abs2bib.bench;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.bib.KeyPattern;
import org.abs2bib.bib.KeyRegistry;
import org.abs2bib.bib.LatexText;

import org.abs2bib.dump.Dump;
import org.abs2bib.tag.TagOptions;
import org.abs2bib.tag.TagSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH benchmarks of the pipeline's stages on a 1,000-paper dump made by {@link DumpGenerator} (1.3 MB): reading,
 * tagging (vocabulary alone, and all sources), key generation, LaTeX escaping, writing. Each reports milliseconds a
 * dump; divide 1.3 MB by it for throughput.
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.abs2bib.bench.StageBenchmarks"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {
    byte[] input;
    Dump dump;
    Conversion converted;
    List<String> titles;
    List<String> abstracts;
    final Abs2Bib noTags = new Abs2Bib(Options.DEFAULT.withTags(TagOptions.NONE));
    final Abs2Bib vocabTags = new Abs2Bib(Options.DEFAULT.withTags(TagOptions.DEFAULT.withSources(
            EnumSet.of(TagSource.VOCAB))));
    final Abs2Bib allTags = new Abs2Bib(Options.DEFAULT);

    @Setup
    public void setUp() throws Exception {
        Path file = Files.createTempFile("abs2bib-jmh", ".txt");
        DumpGenerator.main(new String[] {"1000", file.toString()});
        input = Files.readAllBytes(file);
        Files.delete(file);
        dump = Abs2Bib.read(new ByteArrayInputStream(input), "jmh.txt");
        converted = allTags.convert(List.of(dump));
        titles = new ArrayList<>();
        abstracts = new ArrayList<>();
        dump.papers().forEach(p -> {
            titles.add(p.title());
            abstracts.add(p.abstractText());
        });
    }

    @Benchmark
    public Dump read() throws Exception {
        return Abs2Bib.read(new ByteArrayInputStream(input), "jmh.txt");
    }

    @Benchmark
    public Conversion convertWithoutTags() {
        return noTags.convert(List.of(dump));
    }

    @Benchmark
    public Conversion tagVocabulary() {
        return vocabTags.convert(List.of(dump));
    }

    @Benchmark
    public Conversion tagAllSources() {
        return allTags.convert(List.of(dump));
    }

    @Benchmark
    public int keys() {
        KeyPattern pattern = KeyPattern.parse(KeyPattern.DEFAULT_WITHOUT_AUTHORS);
        KeyRegistry registry = new KeyRegistry();
        int n = 0;
        for (String t : titles) {
            n += registry.claim(pattern.apply(List.of(), "", t)).length();
        }
        return n;
    }

    @Benchmark
    public int escape() {
        LatexText latex = new LatexText(false);
        int n = 0;
        for (int k = 0; k < titles.size(); k++) {
            n += latex.title(titles.get(k)).latex().length() + latex.text(abstracts.get(k)).latex().length();
        }
        return n;
    }

    @Benchmark
    public int write() throws Exception {
        StringWriter out = new StringWriter(input.length * 2);
        allTags.write(converted, out);
        return out.getBuffer().length();
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(StageBenchmarks.class.getSimpleName()).build()).run();
    }

}
