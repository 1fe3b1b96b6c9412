package org.coopflow.request;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Gapless reference numbers per year (CR-2026-00001, CR-2026-00002, …), not the row id: the year's counter row is
 * incremented inside the submission's transaction, so its lock orders concurrent submissions on every node, and a
 * submission that rolls back gives its number back. The year is Korea's (the references are MOIS's).
 */
@Component
class ReferenceNumbers {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final RequestMapper mapper;
    private final Clock clock;

    ReferenceNumbers(RequestMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The next reference of the current year; call inside the transaction that stores it. */
    String next() {
        int year = Year.now(clock.withZone(SEOUL)).getValue();
        if (mapper.incrementCounter(year) == 0) {
            try {
                mapper.insertCounter(year);
            } catch (DuplicateKeyException anotherNodeStartedTheYear) {
                // the other insert won; its row is there now
            }
            mapper.incrementCounter(year);
        }
        return "CR-%d-%05d".formatted(year, mapper.currentCounter(year));
    }
}
