package org.abs2bib.venue;

import java.util.Optional;

/**
 * What the stage decided for one arXiv paper: published (and where), not published (as far as the services know:
 * checked again after a while), or unknown (a service failed: never cached, the preprint kept).
 *
 * @param reason why, in words, for the report (also for a publication: what confirmed it)
 */
public record Decision(State state, Optional<Publication> publication, String reason) {
    public enum State { PUBLISHED, NOT_PUBLISHED, UNKNOWN }

    static Decision published(Publication p) {
        return new Decision(State.PUBLISHED, Optional.of(p), "confirmed by " + p.authority());
    }

    static Decision notPublished(String reason) {
        return new Decision(State.NOT_PUBLISHED, Optional.empty(), reason);
    }

    static Decision unknown(String reason) {
        return new Decision(State.UNKNOWN, Optional.empty(), reason);
    }
}
