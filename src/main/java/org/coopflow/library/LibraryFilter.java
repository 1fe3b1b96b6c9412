package org.coopflow.library;

import java.time.Instant;

import org.coopflow.search.SearchQuery;

/**
 * What a library search asks for; null means "any".
 *
 * @param keywords words every entry found has in its request's reference or title or in its own text
 * @param from     entries recorded at or after this instant
 * @param to       entries recorded before this instant (exclusive)
 */
public record LibraryFilter(SearchQuery keywords, EntryKind kind, String sector, String country, String modality,
                     String language, String agency, Instant from, Instant to) {

    public LibraryFilter {
        keywords = keywords == null || keywords.isEmpty() ? null : keywords;
    }

    public static LibraryFilter none() {
        return new LibraryFilter(null, null, null, null, null, null, null, null, null);
    }

    public LibraryFilter withKeywords(SearchQuery words) {
        return new LibraryFilter(words, kind, sector, country, modality, language, agency, from, to);
    }

    public boolean isEmpty() {
        return keywords == null && kind == null && sector == null && country == null && modality == null
                && language == null && agency == null && from == null && to == null;
    }
}
