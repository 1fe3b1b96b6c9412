package org.coopflow.search;

import java.util.List;

/**
 * What a keyword search asks for (see {@link SearchText}): every term must match — {@code exact} ones as whole
 * index terms, {@code prefixes} as the beginning of one.
 *
 * @param text the words as typed (for showing them back)
 */
public record SearchQuery(String text, List<String> exact, List<String> prefixes) {

    public boolean isEmpty() {
        return exact.isEmpty() && prefixes.isEmpty();
    }
}
