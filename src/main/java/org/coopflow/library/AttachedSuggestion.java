package org.coopflow.library;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A similar past request attached to a request (a row of library_suggestion), with why it was suggested then.
 *
 * @param sharedWords the words in common as they were shown, comma-separated (null when none)
 */
public record AttachedSuggestion(Long id, Long requestId, Long suggestedRequestId, boolean sameSector,
                                 boolean sameCountry, String sharedWords, String attachedBy, Instant attachedAt) {

    public List<String> words() {
        return sharedWords == null || sharedWords.isBlank() ? List.of()
                : Arrays.stream(sharedWords.split(", ")).toList();
    }

    /** The reasons as one code: SECTOR_COUNTRY, SECTOR, COUNTRY or WORDS (the audit line's decision). */
    public String reasonCode() {
        if (sameSector && sameCountry) {
            return "SECTOR_COUNTRY";
        }
        return sameSector ? "SECTOR" : sameCountry ? "COUNTRY" : "WORDS";
    }
}
