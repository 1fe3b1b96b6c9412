package org.coopflow.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

    void insert(@Param("line") AuditLine line);

    /** A request's entries in the order they happened; only these categories when some are given. */
    List<AuditEntry> findByRequest(@Param("requestId") Long requestId,
                                   @Param("categories") Collection<AuditCategory> categories);

    /**
     * Requests in one of these (closed) statuses, unchanged since {@code cutoff}, whose audit holds entries, all of
     * them older than {@code cutoff} (a purge marker aside).
     */
    List<Long> findPurgeable(@Param("statuses") Collection<String> statuses, @Param("cutoff") Instant cutoff,
                             @Param("limit") int limit);

    /** How many entries a request has, and when the last happened (a purge marker aside). */
    PurgeSummary summarizePurgeable(@Param("requestId") Long requestId);

    int deletePurgeable(@Param("requestId") Long requestId);

    record PurgeSummary(int entries, Instant lastAt) {
    }
}
