package org.abs2bib;

import java.util.List;
import org.abs2bib.bib.Reference;

/**
 * What adding a dump to an existing library comes to.
 *
 * @param library   the library's new bytes, or {@code null} when there is nothing to add (the file stays untouched)
 * @param added     the references added, with keys unique in the whole library
 * @param skipped   one line per paper the library already has ("line 12: already in the library as smith2020")
 */
public record MergePlan(byte[] library, List<Reference> added, List<String> skipped) {
    public MergePlan {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
    }

    public boolean changes() {
        return library != null;
    }
}
