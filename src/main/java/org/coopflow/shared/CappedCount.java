package org.coopflow.shared;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;

/**
 * A count that stops at a limit ({@link Page#COUNT_UP_TO}), made of disjoint parts counted in order.
 *
 * <p>Why not {@code SELECT COUNT(*) FROM (SELECT 1 ... LIMIT n)}: MariaDB materialises that derived table (n rows
 * written to a temporary table and read back) before counting it. Here each part is first asked whether it holds
 * enough entries to pass the limit with what was counted before it ({@code SELECT 1 ... LIMIT 1 OFFSET n}: index
 * entries read and skipped, nothing written); only a part that does not is counted exactly, with a plain
 * {@code COUNT(*)} that reads fewer entries than the limit. A part after the limit is passed is never read.
 */
public final class CappedCount {

    /**
     * One part of a list.
     *
     * @param hasMoreThan whether the part holds more entries than the number given
     * @param count       its exact number of entries; asked only when {@code hasMoreThan} said it is short
     */
    public record Part(IntPredicate hasMoreThan, LongSupplier count) {
    }

    private CappedCount() {
    }

    /**
     * The number of entries of all the parts, exact below {@code upTo}; {@code upTo} when there are that many or more.
     */
    public static long upTo(int upTo, List<Part> parts) {
        long counted = 0;
        for (Part part : parts) {
            long room = upTo - counted;
            if (room <= 0 || part.hasMoreThan().test((int) room - 1)) {
                return upTo;
            }
            counted += part.count().getAsLong();
        }
        // a part that grew between its two statements can overshoot
        return Math.min(counted, upTo);
    }

    public static long upTo(int upTo, Part... parts) {
        return upTo(upTo, List.of(parts));
    }
}
