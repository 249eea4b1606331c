package org.abs2bib.tag;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's English part-of-speech tagger (Universal Dependencies tags: NOUN, PROPN, ADJ, …), the model from Maven
 * Central loaded once, on first use, and decoded greedily: each token gets its best tag given the tags before it,
 * instead of OpenNLP's beam search of three sequences (on Inspec the keyphrases score the same; keyphrase candidates
 * need the coarse noun/adjective/verb distinction, which the first-best tag gets right nearly always).
 *
 * <p>The model is evaluated here rather than through OpenNLP's {@code POSTaggerME}: OpenNLP builds some twenty
 * feature strings a token and looks each up in a hash map, which was nine tenths of the time abs2bib spent on a
 * dump with keyphrases. The features of this model (its {@code generator.featuregen}: the outcome prior, suffixes and
 * prefixes up to 4, the lower-cased words in a window of ±2, sentence begin in that window, the token class, the word with
 * its class, the two previous tags) depend on a token's own word, its neighbours' words and two tags; so what depends on one word alone
 * is worked out once per distinct word and kept. The sum is taken in OpenNLP's order, from the same starting value,
 * so every score is the same double, and where the best two are so close that OpenNLP's exponentials could tie, the
 * choice is made exactly as OpenNLP makes it. {@code PartOfSpeechTest} checks the tags against OpenNLP's own
 * feature generator and model, token by token.
 */
final class PartOfSpeech {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** The loaded model, read once per process. */
    static final class Model {
        final Map<String, Context> predicates;
        final int outcomes;
        final String[] names;
        /** What every sum starts from: OpenNLP's uniform prior, log(1/outcomes). */
        final double start;
        final Context[] tagPrevious;
        final Context[][] tagPair;
        /** Previous tag b after a: {@code t=b} plus {@code t2=a,b}, summed once, for the fast path. */
        final double[][][] transition;
        final Context sentenceBegin;
        final Context previousSentenceBegin;
        final Context secondPreviousSentenceBegin;

        @SuppressWarnings("unchecked")
        Model(AbstractModel maxent) {
            predicates = (Map<String, Context>) maxent.getDataStructures()[1];
            outcomes = maxent.getNumOutcomes();
            names = new String[outcomes];
            for (int o = 0; o < outcomes; o++) {
                names[o] = maxent.getOutcome(o);
            }
            start = StrictMath.log(1.0 / outcomes);
            tagPrevious = new Context[outcomes];
            tagPair = new Context[outcomes][outcomes];
            for (int a = 0; a < outcomes; a++) {
                tagPrevious[a] = predicates.get("t=" + names[a]);
                for (int b = 0; b < outcomes; b++) {
                    tagPair[a][b] = predicates.get("t2=" + names[a] + "," + names[b]);
                }
            }
            transition = new double[outcomes][outcomes][outcomes];
            for (int a = 0; a < outcomes; a++) {
                for (int b = 0; b < outcomes; b++) {
                    add(transition[a][b], tagPrevious[b]);
                    add(transition[a][b], tagPair[a][b]);
                }
            }
            sentenceBegin = predicates.get("S=begin");
            previousSentenceBegin = predicates.get("p1S=begin");
            secondPreviousSentenceBegin = predicates.get("p2S=begin");
        }

        static Model get() {
            return Holder.INSTANCE;
        }

        private static final class Holder {
            static final Model INSTANCE = new Model(load());
        }

        /**
         * Reads the maximum-entropy model alone from OpenNLP's model package ({@code pos.model}, a zip entry):
         * OpenNLP's {@code POSModel} would also parse the feature-generator XML and build the tagger's factory by
         * reflection, which this class does not use (it computes those features itself) and which took a third of
         * the loading time.
         */
        private static AbstractModel load() {
            try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP's English POS model " + MODEL + " is not on the class path");
                }
                ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in));
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().equals("pos.model")) {
                        return (AbstractModel) new GenericModelReader(new BinaryFileDataReader(
                                new BufferedInputStream(zip, 1 << 16))).getModel();
                    }
                }
                throw new IllegalStateException(MODEL + " holds no pos.model");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * What the model says about one word, wherever it stands; immutable, so callers may keep and share it (the
     * keyphrase extractor keeps one per distinct token of a dump).
     */
    static final class Word {
        final String token;
        /**
         * The start value plus the word's own features (prior, suffixes, prefixes, the word), its token class and
         * the word with its class: everything that depends on the word alone, summed for the fast path.
         */
        final double[] own;
        final Context asPrevious;
        final Context asSecondPrevious;
        final Context asNext;
        final Context asSecondNext;
        final Context tokenClass;
        final Context wordAndClass;

        private Word(Model m, String token) {
            this.token = token;
            String lower = StringUtil.toLowerCase(token);
            asPrevious = m.predicates.get("p1w=" + lower);
            asSecondPrevious = m.predicates.get("p2w=" + lower);
            asNext = m.predicates.get("n1w=" + lower);
            asSecondNext = m.predicates.get("n2w=" + lower);
            String shape = FeatureGeneratorUtil.tokenFeature(token);
            tokenClass = m.predicates.get("wc=" + shape);
            wordAndClass = m.predicates.get("w&c=" + lower + "," + shape);
            own = ownFeatures(m, token, lower);
            add(own, tokenClass);
            add(own, wordAndClass);
        }

        /** The start value plus prior, suffixes, prefixes and the word, summed in OpenNLP's order. */
        static double[] ownFeatures(Model m, String token, String lower) {
            double[] own = new double[m.outcomes];
            java.util.Arrays.fill(own, m.start);
            add(own, m.predicates.get("def"));
            int n = Math.min(4, token.length());
            for (int k = 0; k < n; k++) {
                add(own, m.predicates.get("suf=" + token.substring(token.length() - k - 1)));
            }
            for (int k = 0; k < n; k++) {
                add(own, m.predicates.get("pre=" + token.substring(0, k + 1)));
            }
            add(own, m.predicates.get("w=" + lower));
            return own;
        }
    }

    private final Model model = Model.get();

    /**
     * Starts reading the model on another thread, so that it is ready by the time the dump has been read (it takes
     * about a sixth of a second, a quarter of a small dump's run); the first tagger waits for it if it is not.
     */
    static void preload() {
        if (PRELOADING.compareAndSet(false, true)) {
            Thread t = new Thread(Model::get, "abs2bib-pos-model");
            t.setDaemon(true);
            t.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The best tag of each token, left to right; tokens as OpenNLP's tokenizer would give them.
     *
     * <p>The fast path adds what was summed in advance (a word's own features with its class; the two previous tags
     * together), which rounds differently from OpenNLP's one-by-one sum, by far less than {@link #CLOSE}; where the
     * best two scores are closer than that, the token is scored again in OpenNLP's exact order.
     */
    String[] tag(String[] tokens) {
        Word[] w = new Word[tokens.length];
        for (int k = 0; k < tokens.length; k++) {
            w[k] = word(tokens[k]);
        }
        return tag(w);
    }

    /** {@link #tag(String[])} for tokens whose words are known already. */
    String[] tag(Word[] w) {
        int n = w.length;
        int[] best = new int[n];
        String[] tags = new String[n];
        double[] sum = new double[model.outcomes];
        for (int k = 0; k < n; k++) {
            System.arraycopy(w[k].own, 0, sum, 0, sum.length);
            window(sum, w, k);
            if (k >= 2) {
                double[] t = model.transition[best[k - 2]][best[k - 1]];
                for (int o = 0; o < sum.length; o++) {
                    sum[o] += t[o];
                }
            } else if (k == 1) {
                add(sum, model.tagPrevious[best[0]]);
            }
            best[k] = clearBest(sum);
            if (best[k] < 0) {
                best[k] = exactBest(w, k, best, sum);
            }
            tags[k] = model.names[best[k]];
        }
        return tags;
    }

    /** The neighbours' words and sentence begin, in OpenNLP's order: p1 p2 n1 n2, then S, p1S or p2S. */
    private void window(double[] sum, Word[] w, int k) {
        if (k >= 1) {
            add(sum, w[k - 1].asPrevious);
        }
        if (k >= 2) {
            add(sum, w[k - 2].asSecondPrevious);
        }
        if (k + 1 < w.length) {
            add(sum, w[k + 1].asNext);
        }
        if (k + 2 < w.length) {
            add(sum, w[k + 2].asSecondNext);
        }
        if (k == 0) {
            add(sum, model.sentenceBegin);
        } else if (k == 1) {
            add(sum, model.previousSentenceBegin);
        } else if (k == 2) {
            add(sum, model.secondPreviousSentenceBegin);
        }
    }

    /** The token's features summed one by one in the order of OpenNLP's feature generators, then its choice. */
    private int exactBest(Word[] w, int k, int[] best, double[] sum) {
        Word word = w[k];
        System.arraycopy(Word.ownFeatures(model, word.token, StringUtil.toLowerCase(word.token)), 0, sum, 0,
                sum.length);
        window(sum, w, k);
        add(sum, w[k].tokenClass);
        add(sum, w[k].wordAndClass);
        if (k >= 1) {
            add(sum, model.tagPrevious[best[k - 1]]);
            if (k >= 2) {
                add(sum, model.tagPair[best[k - 2]][best[k - 1]]);
            }
        }
        return argmaxOfProbabilities(sum);
    }

    /** A token's word, worked out afresh; keep it where a token comes again. */
    Word word(String token) {
        return new Word(model, token);
    }

    private static void add(double[] sum, Context c) {
        if (c != null) {
            int[] outcomes = c.getOutcomes();
            double[] parameters = c.getParameters();
            for (int j = 0; j < outcomes.length; j++) {
                sum[outcomes[j]] += parameters[j];
            }
        }
    }

    /** How close two scores may be and still be told apart by the fast sum (its rounding is below 1e-12). */
    private static final double CLOSE = 1e-9;

    /** The best outcome, or -1 when the runner-up is within {@link #CLOSE} of it. */
    private static int clearBest(double[] sum) {
        int best = 0;
        double second = Double.NEGATIVE_INFINITY;
        for (int o = 1; o < sum.length; o++) {
            if (sum[o] > sum[best]) {
                second = sum[best];
                best = o;
            } else if (sum[o] > second) {
                second = sum[o];
            }
        }
        return sum[best] - second <= CLOSE * Math.max(1, Math.abs(sum[best])) ? -1 : best;
    }

    /**
     * The first best outcome as OpenNLP finds it: by the largest probability, exp(sum) / total, which two sums a
     * rounding apart can share.
     */
    private static int argmaxOfProbabilities(double[] sum) {
        double[] p = new double[sum.length];
        double normal = 0;
        for (int o = 0; o < sum.length; o++) {
            p[o] = StrictMath.exp(sum[o]);
            normal += p[o];
        }
        int best = 0;
        for (int o = 0; o < sum.length; o++) {
            p[o] /= normal;
            if (p[o] > p[best]) {
                best = o;
            }
        }
        return best;
    }
}
