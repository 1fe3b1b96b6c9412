package org.coopflow.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The names cache across nodes: a second node (its own ReferenceNames, its own clock) keeps the names it read until
 * {@code names-refresh} has passed, then sees the change made on the first node; the first node sees its own change at
 * once; a change rolled back is never cached.
 */
class ReferenceNamesIT extends MariaDbIntegrationTest {

    @Autowired
    ReferenceMapper mapper;
    @Autowired
    ReferenceNames thisNode;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aChangeOnOneNodeIsSeenOnAnotherWithinTheRefreshAndAtOnceOnItsOwn() {
        String code = "NAMES_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        MovableClock clock = new MovableClock();
        ReferenceNames otherNode = new ReferenceNames(mapper, new ReferenceSettings(Duration.ofSeconds(5)), clock,
                transactions);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO reference_name (kind, code, locale, name) VALUES ('MODALITY', ?, 'es', ?)", code,
                    "Mesa redonda");
            thisNode.changed();
        });
        assertThat(thisNode.name(ReferenceKind.MODALITY, code, Locale.forLanguageTag("es"))).contains("Mesa redonda");
        assertThat(otherNode.name(ReferenceKind.MODALITY, code, Locale.forLanguageTag("es"))).contains("Mesa redonda");

        transaction.executeWithoutResult(status -> {
            jdbc.update("UPDATE reference_name SET name = ? WHERE kind = 'MODALITY' AND code = ?", "Mesa de diálogo",
                    code);
            thisNode.changed();
        });
        // this node at once; the other within names-refresh
        assertThat(thisNode.name(ReferenceKind.MODALITY, code, Locale.forLanguageTag("es")))
                .contains("Mesa de diálogo");
        assertThat(otherNode.name(ReferenceKind.MODALITY, code, Locale.forLanguageTag("es"))).contains("Mesa redonda");
        clock.pass(Duration.ofSeconds(6));
        assertThat(otherNode.name(ReferenceKind.MODALITY, code, Locale.forLanguageTag("es")))
                .contains("Mesa de diálogo");

        // rolled back: neither node ever shows it
        transaction.executeWithoutResult(status -> {
            jdbc.update("UPDATE reference_name SET name = ? WHERE kind = 'MODALITY' AND code = ?", "Never", code);
            thisNode.changed();
            status.setRollbackOnly();
        });
        clock.pass(Duration.ofSeconds(6));
        assertThat(thisNode.name(ReferenceKind.MODALITY, code, Locale.forLanguageTag("es")))
                .contains("Mesa de diálogo");
        assertThat(otherNode.name(ReferenceKind.MODALITY, code, Locale.forLanguageTag("es")))
                .contains("Mesa de diálogo");
    }
}
