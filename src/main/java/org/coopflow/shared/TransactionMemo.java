package org.coopflow.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers a read for the rest of the current transaction, until the transaction writes what was read. One step of a
 * request publishes id-only events, and each listener reads the request again: a submission read the same request row
 * ten times between its writes. Whoever writes a kind of row {@link #forget forgets} that kind, so a read after a write
 * in the same transaction sees the write. A transaction of its own inside another (REQUIRES_NEW) starts with nothing
 * remembered and leaves the outer one's memo alone; nothing outlives the transaction, so nothing is shared between
 * users, threads or nodes. Within one transaction a remembered row reads as at its first read — what REPEATABLE READ
 * (MySQL's default) gives anyway.
 */
public final class TransactionMemo {

    private static final Object RESOURCE = TransactionMemo.class;

    private TransactionMemo() {
    }

    /** {@code loader.apply(key)}, once per transaction for each {@code kind} and key between writes of that kind. */
    @SuppressWarnings("unchecked")
    public static <K, V> V get(String kind, K key, Function<K, V> loader) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return loader.apply(key);
        }
        Memo memo = (Memo) TransactionSynchronizationManager.getResource(RESOURCE);
        if (memo != null && !TransactionSynchronizationManager.getSynchronizations().contains(memo)) {
            // left bound by a transaction that ended without telling it (never expected): not this transaction's
            TransactionSynchronizationManager.unbindResource(RESOURCE);
            memo = null;
        }
        if (memo == null) {
            memo = new Memo();
            TransactionSynchronizationManager.bindResource(RESOURCE, memo);
            TransactionSynchronizationManager.registerSynchronization(memo);
        }
        Map<Object, Optional<Object>> known = memo.kinds.computeIfAbsent(kind, k -> new HashMap<>());
        Optional<Object> answer = known.get(key);
        if (answer == null) {
            answer = Optional.ofNullable(loader.apply(key));
            known.put(key, answer);
        }
        return (V) answer.orElse(null);
    }

    /** Called by whoever writes rows of this kind: later reads in this transaction read afresh. */
    public static void forget(String kind) {
        Memo memo = (Memo) TransactionSynchronizationManager.getResource(RESOURCE);
        if (memo != null) {
            memo.kinds.remove(kind);
        }
    }

    /** The transaction's memo, unbound while a transaction of its own runs inside it, and dropped at its end. */
    private static final class Memo implements TransactionSynchronization {

        final Map<String, Map<Object, Optional<Object>>> kinds = new HashMap<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(RESOURCE, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
        }
    }
}
