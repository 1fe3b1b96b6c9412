package org.coopflow.country;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The country pages' read side: counts and lists over the stages' typed records (requests, consultation plans and
 * outcomes, expert assignments, MOU signings and terms, follow-up actions, obligation occurrences) of the requests a
 * scope may see — never form JSON or audit text. One query per figure, however many requests a country has.
 */
@Mapper
interface CountryMapper {

    record Count(String countryCode, String code, long amount) {
    }

    record MouCount(String countryCode, long signedMous, long inForceMous, long expiringMous) {
    }

    record ActionCount(String countryCode, long openActions, long overdueActions) {
    }

    record RequestRow(Long id, String reference, String title, String partnerOrg, String sectorCode, String status,
                      Instant createdAt) {
    }

    record ConsultationRow(Long requestId, String reference, String title, String modality, LocalDate startsOn,
                           LocalDate endsOn, Boolean held) {
    }

    record AgencyRow(Long requestId, String agencyCode, boolean lead) {
    }

    record ExpertRow(Long requestId, String displayName, String agencyCode, boolean leadExpert) {
    }

    record MouRow(Long requestId, String reference, String partnerOrg, String title, LocalDate signedOn,
                  LocalDate inForceFrom, LocalDate expiresOn, String termStatus, Long termId) {
    }

    record ActionRow(Long id, Long requestId, String reference, String actionType, String description, String owner,
                     LocalDate dueOn, String status) {
    }

    record HistoryRow(String kind, LocalDate onDate, Long requestId, String reference, String title, String detail) {
    }

    List<Count> countRequests(@Param("scope") CountryScope scope, @Param("country") String country);

    List<Count> countConsultationsHeld(@Param("scope") CountryScope scope, @Param("country") String country);

    List<MouCount> countMous(@Param("scope") CountryScope scope, @Param("country") String country);

    List<ActionCount> countActions(@Param("scope") CountryScope scope, @Param("country") String country,
                                   @Param("today") LocalDate today);

    List<Count> countObligations(@Param("scope") CountryScope scope, @Param("country") String country);

    List<RequestRow> findRequests(@Param("scope") CountryScope scope, @Param("country") String country);

    List<ConsultationRow> findConsultations(@Param("scope") CountryScope scope, @Param("country") String country);

    List<AgencyRow> findAgencies(@Param("requestIds") List<Long> requestIds);

    List<ExpertRow> findTeams(@Param("requestIds") List<Long> requestIds);

    List<MouRow> findMous(@Param("scope") CountryScope scope, @Param("country") String country);

    List<ActionRow> findOpenActions(@Param("scope") CountryScope scope, @Param("country") String country);

    List<HistoryRow> findHistory(@Param("scope") CountryScope scope, @Param("country") String country,
                                 @Param("limit") int limit);
}
