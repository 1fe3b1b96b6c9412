package org.coopflow.shared;

import java.util.List;

/**
 * One page of a list, with its total so clients can page.
 *
 * <p>Long lists (the task list, the request search) are counted only up to {@link #COUNT_LIMIT} + 1: beyond that,
 * {@code total} is {@link #COUNT_LIMIT} and {@code totalIsExact} is false ("more than 10,000", as mail clients say),
 * so a count never reads more than that many entries however long the queue grows; {@code hasNext} still says whether
 * another page follows, past the limit too.
 *
 * @param total        the number of items, or {@link #COUNT_LIMIT} when there are more (then not exact)
 * @param totalIsExact whether {@code total} is the exact number of items
 * @param hasNext      whether a page follows this one
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalIsExact, boolean hasNext) {

    /** Counted lists stop counting past this many: a person cannot tell 10,000 from 27,000 waiting items apart. */
    public static final int COUNT_LIMIT = 10_000;

    /** What a capped count asks for: one more than the limit, to know whether it is exceeded. */
    public static final int COUNT_UP_TO = COUNT_LIMIT + 1;

    /** A page of an exactly counted list. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true, (long) (page + 1) * size < total);
    }

    /**
     * A page of a list counted up to {@link #COUNT_UP_TO}.
     *
     * @param rows    up to {@code size + 1} rows read from the page's offset: one more than the page says that another
     *                follows (which the count cannot tell past the limit)
     * @param counted the list's count, stopped at {@link #COUNT_UP_TO}
     */
    public static <T> Page<T> counted(List<T> rows, int page, int size, long counted) {
        boolean next = rows.size() > size;
        List<T> items = next ? List.copyOf(rows.subList(0, size)) : rows;
        boolean exact = counted <= COUNT_LIMIT;
        return new Page<>(items, page, size, exact ? counted : COUNT_LIMIT, exact, next);
    }

    /** The pages of an exactly counted list (at least one); past the limit, the pages up to it. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

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
