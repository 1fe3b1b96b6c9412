package org.coopflow.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless reference numbers per year (CR-2026-00001, CR-2026-00002, …), not the row id. The year is Korea's (the
 * references are MOIS's).
 * <p>
 * A submission {@link #reserve() reserves} its number in a short transaction of its own, just before its business
 * transaction: the year's counter row is incremented and the number recorded as reserved
 * ({@code reference_allocation});
 * the business transaction then {@link #take(Reservation) takes} it by deleting that row, holding its lock until it
 * ends. So concurrent submissions on any node queue on the counter row only for that short transaction, not for each
 * other's whole process start (the counter row used to stay locked until commit, so concurrent submissions queued for
 * each other: docs/benchmarks.md). No number is lost: committed, the reservation is gone with the request that uses
 * the number; rolled back, it is back, the submission marks it released, and the next reservation of the year takes
 * the smallest such number before drawing a new one. A reservation whose node died before it was taken or released
 * is taken again once it is older than {@link #ABANDONED_AFTER}. The unique reference of a request is the last guard.
 * <p>
 * Reserve before the business transaction, not inside it: a transaction of its own inside another needs a second
 * pooled connection while holding one, which can exhaust the pool under load.
 */
@Component
class ReferenceNumbers {

    /** A number reserved for one submission. */
    record Reservation(int year, int number) {
    }

    private static final Logger log = LoggerFactory.getLogger(ReferenceNumbers.class);

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** Much longer than any submission between its reservation and its commit. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final RequestMapper mapper;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ReferenceNumbers(RequestMapper mapper, Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Reserves the next number of the current year, a released or abandoned one first; call outside any transaction,
     * then {@link #take} it in the transaction that stores it.
     */
    Reservation reserve() {
        int year = Year.now(clock.withZone(SEOUL)).getValue();
        return ownTransaction.execute(status -> {
            Instant now = clock.instant();
            Integer free = mapper.lockFreeAllocation(year, now.minus(ABANDONED_AFTER));
            if (free != null) {
                mapper.renewAllocation(year, free, now);
                return new Reservation(year, free);
            }
            if (mapper.incrementCounter(year) == 0) {
                try {
                    mapper.insertCounter(year);
                } catch (DuplicateKeyException anotherNodeStartedTheYear) {
                    // the other insert won; its row is there now
                }
                mapper.incrementCounter(year);
            }
            int number = mapper.currentCounter(year);
            mapper.insertAllocation(year, number, now);
            return new Reservation(year, number);
        });
    }

    /**
     * The reference of a reservation, taken for good when the calling transaction commits; when it does not, the
     * caller {@link #release releases} it after the rollback.
     */
    String take(Reservation reservation) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A reference is taken inside the transaction that stores it");
        }
        if (mapper.deleteAllocation(reservation.year(), reservation.number()) != 1) {
            throw new IllegalStateException("Reservation " + reservation + " is no longer held");
        }
        return "CR-%d-%05d".formatted(reservation.year(), reservation.number());
    }

    /**
     * Gives a reserved number back at once, after its submission's transaction ended without committing (outside any
     * transaction). Harmless if it did commit after all: the reservation is gone then, and nothing changes.
     */
    void release(Reservation reservation) {
        try {
            ownTransaction.executeWithoutResult(tx -> mapper.releaseAllocation(reservation.year(),
                    reservation.number()));
        } catch (RuntimeException unreachable) {
            // the reservation is taken again once abandoned; the submission's own failure is what the caller reports
            log.warn("Could not release reference number {} of {} at once: {}", reservation.number(),
                    reservation.year(), unreachable.toString());
        }
    }
}
