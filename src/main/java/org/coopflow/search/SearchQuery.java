package org.coopflow.search;

import java.util.List;

/**
 * What a keyword search asks for (see {@link SearchText}): every term must match — {@code exact} ones as whole
 * index terms, {@code prefixes} as the beginning of one, and each group of {@code anyOf} by one of its terms (a
 * prefix the index resolved to the few words it begins, {@link RequestSearchIndex#expand}).
 *
 * @param text    the words as typed (for showing them back)
 * @param nothing true when a word begins no indexed term at all: nothing can match
 */
public record SearchQuery(String text, List<String> exact, List<String> prefixes, List<List<String>> anyOf,
                          boolean nothing) {

    public SearchQuery(String text, List<String> exact, List<String> prefixes) {
        this(text, exact, prefixes, List.of(), false);
    }

    /**
     * The word whose index entries a page reads newest first (the others are checked by key): the longest exact term,
     * as a longer word is usually the rarer one. Null when there is no exact term (only beginnings of words).
     */
    public String drivingTerm() {
        return exact.stream().max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }

    public boolean isEmpty() {
        return exact.isEmpty() && prefixes.isEmpty() && anyOf.isEmpty() && !nothing;
    }
}
