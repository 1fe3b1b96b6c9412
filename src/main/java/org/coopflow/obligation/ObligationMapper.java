package org.coopflow.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.shared.GeneratedId;

@Mapper
interface ObligationMapper {

    void insertTerm(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                    @Param("signingId") Long signingId, @Param("title") String title,
                    @Param("partnerOrg") String partnerOrg, @Param("countryCode") String countryCode,
                    @Param("leadAgency") String leadAgency, @Param("signedOn") LocalDate signedOn,
                    @Param("inForceFrom") LocalDate inForceFrom, @Param("expiresOn") LocalDate expiresOn,
                    @Param("renewalNoticeDays") Integer renewalNoticeDays, @Param("recordedBy") String recordedBy,
                    @Param("now") Instant now);

    MouTerm findTerm(@Param("id") Long id);

    MouTerm findTermBySigning(@Param("signingId") Long signingId);

    List<MouTerm> findTermsOfRequest(@Param("requestId") Long requestId);

    List<MouTerm> findTerms(@Param("scope") RegisterScope scope, @Param("country") String country);

    /** Moves the term on (IN_FORCE to EXPIRING to EXPIRED) and stamps when; 0 when it had moved already. */
    int updateTermStatus(@Param("id") Long id, @Param("from") TermStatus from, @Param("to") TermStatus to,
                         @Param("column") String column, @Param("now") Instant now);

    int stampExpiryNotice(@Param("id") Long id, @Param("now") Instant now);

    void insertObligation(@Param("row") GeneratedId row, @Param("termId") Long termId,
                          @Param("requestId") Long requestId, @Param("clause") String clause,
                          @Param("description") String description, @Param("partyKind") PartyKind partyKind,
                          @Param("partyCode") String partyCode, @Param("recurrence") Recurrence recurrence,
                          @Param("firstDueOn") LocalDate firstDueOn, @Param("recordedBy") String recordedBy,
                          @Param("now") Instant now);

    Obligation findObligation(@Param("id") Long id);

    List<Obligation> findObligationsOfTerm(@Param("termId") Long termId);

    void insertOccurrence(@Param("row") GeneratedId row, @Param("obligationId") Long obligationId,
                          @Param("seqNo") int seqNo, @Param("dueOn") LocalDate dueOn);

    Occurrence findOccurrence(@Param("id") Long id);

    List<Occurrence> findOccurrences(@Param("obligationId") Long obligationId);

    int markReminded(@Param("id") Long id, @Param("now") Instant now);

    int markDue(@Param("id") Long id, @Param("fulfilBy") Instant fulfilBy, @Param("now") Instant now);

    int markOverdue(@Param("id") Long id, @Param("now") Instant now);

    int markFulfilled(@Param("id") Long id, @Param("evidenceId") Long evidenceId, @Param("note") String note,
                      @Param("fulfilledBy") String fulfilledBy, @Param("now") Instant now);

    List<RegisterRow> findRegister(@Param("scope") RegisterScope scope, @Param("filter") RegisterFilter filter,
                                   @Param("offset") int offset, @Param("limit") int limit);

    long countRegister(@Param("scope") RegisterScope scope, @Param("filter") RegisterFilter filter);

    /** Occurrences per status, for a country's page and the countries index. */
    List<StatusCount> countByCountryAndStatus(@Param("scope") RegisterScope scope);

    /** How many occurrences of each status one country has, in this scope. */
    record StatusCount(String countryCode, OccurrenceStatus status, long occurrences) {
    }
}
