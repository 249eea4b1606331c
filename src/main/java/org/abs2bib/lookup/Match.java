package org.abs2bib.lookup;

import java.util.Optional;

/**
 * How a paper fared on arXiv.
 *
 * @param record the record it is, when matched
 * @param reason why it is not matched (for the report), empty when matched
 * @param fromCache whether the answer came from the cache
 */
public record Match(Optional<ArxivRecord> record, String reason, boolean fromCache) {
    public static Match of(ArxivRecord r, boolean fromCache) {
        return new Match(Optional.of(r), "", fromCache);
    }

    public static Match none(String reason, boolean fromCache) {
        return new Match(Optional.empty(), reason, fromCache);
    }

    public boolean matched() {
        return record.isPresent();
    }
}
