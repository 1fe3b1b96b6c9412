package org.coopflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Spring's own transaction demarcation (begin, suspend, resume, completion) around a resource-less manager. */
class TransactionMemoTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final Function<Long, String> loader = id -> {
        reads.incrementAndGet();
        return id == 42L ? "CR-2026-00042" : null;
    };
    private final NoResourceTransactions transactions = new NoResourceTransactions();
    private final TransactionTemplate required = new TransactionTemplate(transactions);
    private final TransactionTemplate requiresNew = new TransactionTemplate(transactions);

    {
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @AfterEach
    void nothingLeftOnTheThread() {
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }

    @Test
    void aTransactionReadsEachKeyOnceNullAnswersIncluded() {
        required.executeWithoutResult(tx -> {
            assertThat(TransactionMemo.get("request", 42L, loader)).isEqualTo("CR-2026-00042");
            assertThat(TransactionMemo.get("request", 42L, loader)).isEqualTo("CR-2026-00042");
            assertThat(TransactionMemo.get("request", 7L, loader)).isNull();
            assertThat(TransactionMemo.get("request", 7L, loader)).isNull();
            required.executeWithoutResult(joined -> TransactionMemo.get("request", 42L, loader));
        });
        assertThat(reads).hasValue(2);
    }

    @Test
    void aWriteOfTheKindIsReadAfresh() {
        required.executeWithoutResult(tx -> {
            TransactionMemo.get("request", 42L, loader);
            TransactionMemo.get("user", 42L, loader);
            TransactionMemo.forget("request");
            TransactionMemo.get("request", 42L, loader);
            TransactionMemo.get("user", 42L, loader);
        });
        assertThat(reads).hasValue(3);
    }

    @Test
    void theNextTransactionAndCodeOutsideAnyReadAfresh() {
        required.executeWithoutResult(tx -> TransactionMemo.get("request", 42L, loader));
        required.executeWithoutResult(tx -> TransactionMemo.get("request", 42L, loader));
        TransactionMemo.get("request", 42L, loader);
        TransactionMemo.get("request", 42L, loader);
        assertThat(reads).hasValue(4);
    }

    @Test
    void aTransactionOfItsOwnInsideAnotherStartsAfreshAndLeavesTheOuterMemoAlone() {
        required.executeWithoutResult(outer -> {
            TransactionMemo.get("request", 42L, loader);
            requiresNew.executeWithoutResult(inner -> {
                TransactionMemo.get("request", 42L, loader);
                TransactionMemo.get("request", 42L, loader);
            });
            assertThat(reads).hasValue(2);
            TransactionMemo.get("request", 42L, loader);
            assertThat(reads).hasValue(2);
        });
    }

    @Test
    void aRolledBackTransactionLeavesNothingBehind() {
        required.executeWithoutResult(tx -> {
            TransactionMemo.get("request", 42L, loader);
            tx.setRollbackOnly();
        });
        required.executeWithoutResult(tx -> TransactionMemo.get("request", 42L, loader));
        assertThat(reads).hasValue(2);
    }

    /** Transactions with a marker for a resource: what is tested is the synchronization Spring drives around them. */
    private static final class NoResourceTransactions extends AbstractPlatformTransactionManager {

        private static final class Tx {
            Object marker;
        }

        @Override
        protected Object doGetTransaction() {
            Tx tx = new Tx();
            tx.marker = TransactionSynchronizationManager.getResource(this);
            return tx;
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return ((Tx) transaction).marker != null;
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            ((Tx) transaction).marker = new Object();
            TransactionSynchronizationManager.bindResource(this, ((Tx) transaction).marker);
        }

        @Override
        protected Object doSuspend(Object transaction) {
            ((Tx) transaction).marker = null;
            return TransactionSynchronizationManager.unbindResource(this);
        }

        @Override
        protected void doResume(Object transaction, Object suspendedResources) {
            TransactionSynchronizationManager.bindResource(this, suspendedResources);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            TransactionSynchronizationManager.unbindResourceIfPossible(this);
        }
    }
}
