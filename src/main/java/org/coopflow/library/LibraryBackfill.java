package org.coopflow.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Adds to the library, once a node is up, the requests it has not looked at under its current rules (made before
 * the library existed, or under older rules). Off the start-up thread; several nodes starting together share the
 * work request by request (each request's row is locked while it is rebuilt).
 */
@Component
class LibraryBackfill {

    private static final Logger log = LoggerFactory.getLogger(LibraryBackfill.class);

    private final LibraryIndex index;

    LibraryBackfill(LibraryIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildStaleWhenReady() {
        Thread worker = new Thread(this::rebuildStale, "library-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    private void rebuildStale() {
        try {
            int rebuilt = index.rebuildStale();
            if (rebuilt > 0) {
                log.info("Added {} requests' records to the library", rebuilt);
            }
        } catch (RuntimeException e) {
            log.warn("Library not completed; the requests left are added at the next start", e);
        }
    }
}
