package org.coopflow.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keyword index of requests (reference, title, description): kept by the request feature as it creates
 * or changes a request, in the same transaction, and filled in the background for requests indexed under
 * older rules or none. Searching is a join on its table (the request list's SQL).
 */
@Service
public class RequestSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(RequestSearchIndex.class);

    /** Rows per INSERT: a 20,000-character description makes a few thousand terms. */
    private static final int TERMS_PER_STATEMENT = 500;

    /** A beginning of a word that begins more indexed words than this is searched as a range. */
    static final int MAX_EXPANSION = 20;

    private final SearchIndexMapper mapper;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RequestSearchIndex(SearchIndexMapper mapper, PlatformTransactionManager transactionManager, Clock clock) {
        this.mapper = mapper;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Reindexes a request from its row, unless it is indexed under the current rules already. The row is
     * locked meanwhile, so two nodes doing it at once index it once.
     *
     * @return whether it was indexed now
     */
    public boolean reindexIfStale(Long requestId) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            SearchIndexMapper.IndexedText text = mapper.lockText(requestId);
            if (text == null || Integer.valueOf(SearchText.VERSION).equals(mapper.findRules(requestId))) {
                return false;
            }
            write(requestId, text.createdAt(), SearchText.terms(Objects.toString(text.reference(), ""), text.title(),
                    text.description()));
            return true;
        }));
    }

    /**
     * Indexes every request that is not indexed under the current rules, oldest first, one transaction each;
     * a request that fails is logged and skipped (it is tried again at the next start).
     *
     * @return how many were indexed
     */
    public int indexStale() {
        int indexed = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = mapper.findUnindexed(SearchText.VERSION, after, 500);
            for (Long id : batch) {
                try {
                    indexed += reindexIfStale(id) ? 1 : 0;
                } catch (RuntimeException e) {
                    log.warn("Could not index request {} for keyword search: {}", id, e.toString());
                }
                after = id;
            }
        } while (!batch.isEmpty());
        return indexed;
    }

    /**
     * The query as the database answers it fastest: a word searched by its beginning that begins only a few indexed
     * words ("enrol": enrol, enrolled, enrolment) becomes a choice among them, each an index lookup, rather than a
     * range read again for every candidate request. One short index read per such word.
     */
    public SearchQuery expand(SearchQuery query) {
        if (query == null || query.prefixes().isEmpty()) {
            return query;
        }
        List<String> prefixes = new ArrayList<>();
        List<List<String>> anyOf = new ArrayList<>(query.anyOf());
        for (String prefix : query.prefixes()) {
            List<String> words = mapper.findTermsStartingWith(prefix, MAX_EXPANSION + 1);
            if (words.isEmpty()) {
                return new SearchQuery(query.text(), query.exact(), List.of(), List.of(), true);
            }
            if (words.size() > MAX_EXPANSION) {
                prefixes.add(prefix);
            } else {
                anyOf.add(List.copyOf(words));
            }
        }
        return new SearchQuery(query.text(), query.exact(), List.copyOf(prefixes), List.copyOf(anyOf), false);
    }

    /**
     * Indexes a request created in the caller's transaction: its terms become visible to searches when that
     * transaction commits, never before its row. A new request has no entries yet, so none are removed first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void indexNew(Long requestId, Instant createdAt, String reference, String title, String description) {
        insert(requestId, createdAt, SearchText.terms(Objects.toString(reference, ""), Objects.toString(title, ""),
                Objects.toString(description, "")));
    }

    private void write(Long requestId, Instant createdAt, java.util.Set<String> terms) {
        mapper.deleteTerms(requestId);
        mapper.deleteDocument(requestId);
        insert(requestId, createdAt, terms);
    }

    private void insert(Long requestId, Instant createdAt, java.util.Set<String> terms) {
        List<String> all = new ArrayList<>(terms);
        for (int from = 0; from < all.size(); from += TERMS_PER_STATEMENT) {
            mapper.insertTerms(requestId, createdAt, all.subList(from, Math.min(all.size(), from + TERMS_PER_STATEMENT)));
        }
        mapper.insertDocument(requestId, SearchText.VERSION, clock.instant());
    }
}
