package org.coopflow.shared;

import java.util.List;

/** One page of a list, with the total so clients can page. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static int clampSize(Integer size) {
        return size == null ? 50 : Math.max(1, Math.min(size, 200));
    }

    /**
     * Far beyond any real list (a million pages), and small enough that page × size (at most 200) never overflows an
     * int offset: ?page=2147483647 is an empty page, not a failure.
     */
    public static final int LAST_PAGE = 1_000_000;

    public static int clampPage(Integer page) {
        return page == null ? 0 : Math.max(0, Math.min(page, LAST_PAGE));
    }
}
