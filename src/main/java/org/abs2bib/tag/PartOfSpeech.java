package org.abs2bib.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's English part-of-speech tagger (Universal Dependencies tags: NOUN, PROPN, ADJ, …), with the model from
 * Maven Central loaded once, on first use, since loading costs about as much as tagging a thousand abstracts.
 */
final class PartOfSpeech {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Holder {
        static final POSModel MODEL_INSTANCE = load();
    }

    private final POSTaggerME tagger = new POSTaggerME(Holder.MODEL_INSTANCE);

    private static POSModel load() {
        try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP's English POS model " + MODEL + " is not on the class path");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String[] tag(String[] tokens) {
        return tagger.tag(tokens);
    }
}
