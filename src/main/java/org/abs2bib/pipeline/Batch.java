package org.abs2bib.pipeline;

import java.util.List;
import org.abs2bib.tag.Tagger;

/**
 * Papers worked on together by one thread, with what the first pass observed of each for its tags (no observations
 * when nothing is tagged).
 */
record Batch(List<Draft> drafts, List<Tagger.Observation> observations) {
}
