package org.coopflow.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins slow down and lock, per account name and per client address, with the state in the shared database
 * (any node sees every node's failures). An attempt that needs a password check is counted first, by one conditional
 * UPDATE that also refuses it while the key is locked or must still wait, and forgiven if it succeeds: so concurrent
 * guesses cannot all slip in before the first failure is written — after {@code freeFailures} each further attempt
 * must wait a growing delay, and {@code maxFailures} lock the account. Unknown names are counted like real ones.
 */
@Service
public class LoginThrottle {

    /** Whether an attempt may go on to the password check, and if not, until when it is refused. */
    public record Verdict(boolean allowed, boolean locked, Instant until, boolean locksNow) {

        static Verdict allow(boolean locksNow) {
            return new Verdict(true, false, null, locksNow);
        }
    }

    private final SignInMapper mapper;
    private final SignInSettings settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile Instant lastCleanup;

    LoginThrottle(SignInMapper mapper, SignInSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String accountKey(String username) {
        return "account:" + normalized(username);
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    /** Counts an attempt for the client address and the account, or refuses it (nothing is checked then). */
    public Verdict attempt(String username, String address) {
        Instant now = clock.instant();
        forgetStale(now);
        Verdict byAddress = count(addressKey(address), now, settings.addressFreeFailures(), false);
        if (!byAddress.allowed()) {
            return byAddress;
        }
        return count(accountKey(username), now, settings.freeFailures(), true);
    }

    /** A successful sign-in: the account starts afresh, the address is forgiven this attempt. */
    public void succeeded(String username, String address) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> mapper.forget(accountKey(username)));
                ownTransaction.executeWithoutResult(status -> mapper.forgiveOne(addressKey(address)));
                return;
            } catch (PessimisticLockingFailureException contended) {
                // another attempt on the same address at this very moment: try again
            }
        }
    }

    /** Until when the account is locked, or null: checked even when the password need not be checked again. */
    public Instant lockedUntil(String username) {
        SignInMapper.Throttle row = mapper.findThrottle(accountKey(username));
        return row == null ? null : stillLocked(row.lockedUntil());
    }

    /** A stored end of lock (read with the account, {@link SignInAccount}) if it is still ahead, else null. */
    Instant stillLocked(Instant lockedUntil) {
        return lockedUntil != null && lockedUntil.isAfter(clock.instant()) ? lockedUntil : null;
    }

    /** An administrator's unlock: the account's failures, waits and lock are gone. */
    public void unlock(String username) {
        ownTransaction.executeWithoutResult(status -> mapper.forget(accountKey(username)));
    }

    /**
     * Rows nobody has tried for a while (and not locked) go, at most once an hour per node, on the way of an attempt
     * (unknown names typed by guessers would otherwise pile up). Idempotent: any node may run it.
     */
    private void forgetStale(Instant now) {
        Instant last = lastCleanup;
        if (last != null && last.isAfter(now.minus(Duration.ofHours(1)))) {
            return;
        }
        lastCleanup = now;
        mapper.deleteStale(now.minus(settings.lockDuration()).minus(Duration.ofHours(1)));
    }

    private Verdict count(String key, Instant now, int free, boolean lockable) {
        for (int attempt = 1; ; attempt++) {
            try {
                Verdict verdict = countOnce(key, now, free, lockable);
                if (verdict != null) {
                    return verdict;
                }
                // First attempt on this key: its row is inserted in a transaction of its own, so concurrent first
                // attempts do not hold the insert's shared locks while they wait to update (a deadlock on InnoDB).
                ownTransaction.executeWithoutResult(status -> mapper.insertThrottle(key, now));
            } catch (PessimisticLockingFailureException contended) {
                if (attempt >= 3) {
                    // still contended: refuse this one attempt for a moment rather than fail the sign-in
                    return new Verdict(false, false, now.plusSeconds(1), false);
                }
            }
        }
    }

    /** Counts the attempt in one transaction; null when the key has no row yet. */
    private Verdict countOnce(String key, Instant now, int free, boolean lockable) {
        return ownTransaction.execute(status -> {
            Instant forgetBefore = now.minus(settings.lockDuration());
            if (mapper.countAttempt(key, now, forgetBefore) == 0) {
                SignInMapper.Throttle row = mapper.findThrottle(key);
                return row == null ? null : refused(row, now);
            }
            // The row is locked by this transaction's UPDATE until commit: the count read here is this attempt's.
            SignInMapper.Throttle row = mapper.findThrottle(key);
            int failures = row.failures();
            boolean locksNow = lockable && failures >= settings.maxFailures();
            Duration wait = settings.delayAfter(failures, free);
            mapper.limit(key, wait.isZero() ? null : now.plus(wait), locksNow ? now.plus(settings.lockDuration()) : null);
            return Verdict.allow(locksNow);
        });
    }

    private static Verdict refused(SignInMapper.Throttle row, Instant now) {
        if (row == null) {
            return new Verdict(false, false, now.plusSeconds(1), false);
        }
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            return new Verdict(false, true, row.lockedUntil(), false);
        }
        return new Verdict(false, false, row.nextAllowedAt() == null ? now.plusSeconds(1) : row.nextAllowedAt(), false);
    }

    private static String normalized(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 150 ? name.substring(0, 150) : name;
    }
}
