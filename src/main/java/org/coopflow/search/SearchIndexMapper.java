package org.coopflow.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The keyword index's tables (V70); reads the indexed texts from the request's own row. */
@Mapper
interface SearchIndexMapper {

    /** What is indexed of a request. */
    record IndexedText(Long id, String reference, String title, String description, Instant createdAt) {
    }

    /** The request's row, locked until the transaction ends: one node indexes a request at a time. */
    IndexedText lockText(@Param("requestId") Long requestId);

    Integer findRules(@Param("requestId") Long requestId);

    void deleteTerms(@Param("requestId") Long requestId);

    /** The request's creation time goes with each term: a term's index entries are read newest first (V170). */
    void insertTerms(@Param("requestId") Long requestId, @Param("createdAt") Instant createdAt,
                     @Param("terms") Collection<String> terms);

    void deleteDocument(@Param("requestId") Long requestId);

    void insertDocument(@Param("requestId") Long requestId, @Param("rules") int rules, @Param("now") Instant now);

    /**
     * The distinct indexed terms beginning with this prefix, in order, at most {@code limit}: one index dive per term
     * (the next term after the last), as DISTINCT read every entry of a common word (267k for "cooperation") unless
     * the optimizer happened to choose a loose index scan.
     */
    default List<String> findTermsStartingWith(String prefix, int limit) {
        List<String> terms = new java.util.ArrayList<>();
        String next = findFirstTermStartingWith(prefix, null);
        while (next != null && terms.size() < limit) {
            terms.add(next);
            next = terms.size() < limit ? findFirstTermStartingWith(prefix, next) : null;
        }
        return terms;
    }

    /** The first indexed term beginning with this prefix (after {@code after}, when given); null when there is none. */
    String findFirstTermStartingWith(@Param("prefix") String prefix, @Param("after") String after);

    /** Requests after this id not indexed under these rules, in id order. */
    List<Long> findUnindexed(@Param("rules") int rules, @Param("afterId") long afterId, @Param("limit") int limit);
}
