package org.coopflow.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Indexes, once a node is up, the requests the keyword index does not cover yet (made before it existed, or
 * indexed under older cutting rules). Off the start-up thread; several nodes starting together share the work
 * request by request (each request's row is locked while it is indexed).
 */
@Component
class SearchIndexBackfill {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBackfill.class);

    private final RequestSearchIndex index;

    SearchIndexBackfill(RequestSearchIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexStaleWhenReady() {
        Thread worker = new Thread(this::indexStale, "search-index-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    private void indexStale() {
        try {
            int indexed = index.indexStale();
            if (indexed > 0) {
                log.info("Indexed {} requests for keyword search", indexed);
            }
        } catch (RuntimeException e) {
            log.warn("Keyword index not completed; the requests left are indexed at the next start", e);
        }
    }
}
