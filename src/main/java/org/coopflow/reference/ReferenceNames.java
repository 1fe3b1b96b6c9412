package org.coopflow.reference;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The names of reference codes in every language as an ADMIN wrote them (table reference_name), held in memory on each
 * node: pages name hundreds of codes, so they are not read one by one from the database.
 * <p>
 * Several nodes: every change raises the one counter in reference_revision in its own transaction. When a name is
 * asked for and the node last compared its revision with the database's longer ago than
 * {@code coopflow.reference.names-refresh} (5 s), it compares again and reloads every name (a few hundred rows) if
 * the revision moved. A change made on another node is therefore seen here within that time; the node that made the
 * change reloads as soon as its transaction commits. The reload reads committed rows only (outside any transaction of
 * the caller), so a change that is rolled back is never cached. While the database cannot be reached the names last
 * read are kept.
 */
@Component
public class ReferenceNames {

    private static final Logger log = LoggerFactory.getLogger(ReferenceNames.class);

    /** A name (and a sector's description) per language, "en" always among them once an ADMIN saved it. */
    public record Names(Map<String, String> names, Map<String, String> descriptions) {

        /** In the reader's language, else English, else any. */
        String in(Map<String, String> texts, Locale locale) {
            String text = texts.get(locale.getLanguage());
            if (text == null) {
                text = texts.get("en");
            }
            return text != null ? text : texts.values().stream().findFirst().orElse(null);
        }
    }

    private record Key(ReferenceKind kind, String code) {
    }

    private record Snapshot(long revision, Map<Key, Names> names) {
    }

    private static final Snapshot EMPTY = new Snapshot(-1, Map.of());

    private final ReferenceMapper mapper;
    private final ReferenceSettings settings;
    private final Clock clock;
    private final TransactionTemplate outsideTransactions;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot;
    private volatile Instant checkedAt = Instant.EPOCH;

    public ReferenceNames(ReferenceMapper mapper, ReferenceSettings settings, Clock clock,
                          PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
        this.outsideTransactions = new TransactionTemplate(transactions);
        this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** The code's name in the reader's language (else English); empty when nobody named it. */
    public Optional<String> name(ReferenceKind kind, String code, Locale locale) {
        Names names = code == null ? null : current().names().get(new Key(kind, code));
        return names == null ? Optional.empty() : Optional.ofNullable(names.in(names.names(), locale));
    }

    /** A sector's explanation in the reader's language (else English). */
    public Optional<String> description(ReferenceKind kind, String code, Locale locale) {
        Names names = code == null ? null : current().names().get(new Key(kind, code));
        return names == null ? Optional.empty() : Optional.ofNullable(names.in(names.descriptions(), locale));
    }

    /**
     * Marks reference data changed: raises the revision in the caller's transaction (the other nodes reload within
     * {@code names-refresh}), and this node reloads once that transaction has committed.
     */
    public void changed() {
        mapper.raiseRevision();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    checkedAt = Instant.EPOCH;
                }
            });
        } else {
            checkedAt = Instant.EPOCH;
        }
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (fresh()) {
            return known == null ? EMPTY : known;
        }
        // One thread compares and reloads; the others go on with the names they have meanwhile.
        if (known != null && !loading.tryLock()) {
            return known;
        }
        if (known == null) {
            loading.lock();
        }
        try {
            if (fresh()) {
                return snapshot == null ? EMPTY : snapshot;
            }
            Instant now = clock.instant();
            try {
                snapshot = outsideTransactions.execute(status -> {
                    long revision = mapper.revision();
                    Snapshot cached = snapshot;
                    return cached != null && cached.revision() == revision ? cached : load(revision);
                });
            } catch (DataAccessException | TransactionException unreachable) {
                log.warn("Reference names could not be read; the names read before stay: {}", unreachable.getMessage());
            }
            checkedAt = now;
            return snapshot == null ? EMPTY : snapshot;
        } finally {
            loading.unlock();
        }
    }

    private boolean fresh() {
        return clock.instant().isBefore(checkedAt.plus(settings.namesRefresh()));
    }

    private Snapshot load(long revision) {
        Map<Key, Map<String, String>> names = new HashMap<>();
        Map<Key, Map<String, String>> descriptions = new HashMap<>();
        // an organisation's own name is its English name until an ADMIN gives it names
        for (Organisation organisation : mapper.findOrganisations(null)) {
            ReferenceKind kind = Organisation.AGENCY.equals(organisation.kind()) ? ReferenceKind.AGENCY
                    : ReferenceKind.PARTNER;
            names.computeIfAbsent(new Key(kind, organisation.code()), k -> new HashMap<>())
                    .put("en", organisation.name());
        }
        for (ReferenceMapper.NameRow row : mapper.findAllNames()) {
            ReferenceKind kind = ReferenceKind.valueOf(row.kind());
            Key key = new Key(kind, row.code());
            names.computeIfAbsent(key, k -> new HashMap<>()).put(row.locale(), row.name());
            if (row.description() != null) {
                descriptions.computeIfAbsent(key, k -> new HashMap<>()).put(row.locale(), row.description());
            }
        }
        Map<Key, Names> all = new HashMap<>();
        names.forEach((key, byLocale) -> all.put(key,
                new Names(Map.copyOf(byLocale), Map.copyOf(descriptions.getOrDefault(key, Map.of())))));
        log.debug("Reference names loaded at revision {}: {} codes", revision, all.size());
        return new Snapshot(revision, Map.copyOf(all));
    }

    /** Every name of a code by language, fresh from the database (for the administration's pages). */
    public Map<String, String> namesOf(ReferenceKind kind, String code) {
        Map<String, String> byLocale = new HashMap<>();
        for (ReferenceMapper.NameRow row : mapper.findNames(kind.name(), code)) {
            byLocale.put(row.locale(), row.name());
        }
        return byLocale;
    }

    /** Every description of a code by language, fresh from the database. */
    public Map<String, String> descriptionsOf(ReferenceKind kind, String code) {
        Map<String, String> byLocale = new HashMap<>();
        for (ReferenceMapper.NameRow row : mapper.findNames(kind.name(), code)) {
            if (row.description() != null) {
                byLocale.put(row.locale(), row.description());
            }
        }
        return byLocale;
    }

    /** The languages every list and agency is named in: the languages of the pages. */
    public static final List<String> PAGE_LANGUAGES = List.of("en", "ko", "es", "fr");
}
