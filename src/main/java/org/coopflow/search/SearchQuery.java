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
     * as a longer word is usually the rarer one; without one, a beginning of a single indexed word ("customs", a
     * choice of one). Null when there is neither.
     */
    public String drivingTerm() {
        return exact.stream().max(java.util.Comparator.comparingInt(String::length))
                .or(() -> anyOf.stream().filter(words -> words.size() == 1).map(words -> words.get(0)).findFirst())
                .orElse(null);
    }

    /**
     * Without an exact term, the choice among a few words whose index entries a page reads newest first, merged (the
     * one of fewest words: fewest runs to merge). Null when an exact term drives or there is no choice.
     */
    public List<String> drivingChoice() {
        if (drivingTerm() != null) {
            return null;
        }
        return anyOf.stream().min(java.util.Comparator.comparingInt(List::size)).orElse(null);
    }

    public boolean isEmpty() {
        return exact.isEmpty() && prefixes.isEmpty() && anyOf.isEmpty() && !nothing;
    }
}
