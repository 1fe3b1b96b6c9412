package org.coopflow.library;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.request.RequestScope;
import org.coopflow.shared.CappedCount;
import org.coopflow.shared.GeneratedId;

/** The library's tables (V110). Every read of entries applies the reader's filter ("readable" in the XML). */
@Mapper
interface LibraryMapper {

    /** How many past requests have a term (counted up to a limit). */
    record TermRequests(String term, int requests) {
    }

    /** A past request that may be suggested: the terms it shares with the request at hand, its sector, country. */
    record Candidate(Long requestId, int sharedTerms, String sectorCode, String countryCode, Instant lastEntryAt,
                     int score) {
    }

    /** One of the telling terms a candidate has. */
    record CandidateTerm(Long requestId, String term) {
    }

    /** The library's record of a request: under which rules, and since when it has entries. */
    record LibraryRequest(Long requestId, int rules, Instant lastEntryAt) {
    }

    // ---------------------------------------------------------------- writing

    /** The request's row, locked until the transaction ends: the library writes a request's entries one at a time. */
    Long lockRequest(@Param("requestId") Long requestId);

    LibraryRequest findLibraryRequest(@Param("requestId") Long requestId);

    void insertLibraryRequest(@Param("requestId") Long requestId, @Param("rules") int rules,
                              @Param("sector") String sector, @Param("country") String country,
                              @Param("now") Instant now);

    /** A new request's row; one already there is left as it is. */
    void insertNewLibraryRequest(@Param("requestId") Long requestId, @Param("rules") int rules,
                                 @Param("sector") String sector, @Param("country") String country,
                                 @Param("now") Instant now);

    void updateLibraryRequest(@Param("requestId") Long requestId, @Param("rules") int rules,
                              @Param("lastEntryAt") Instant lastEntryAt, @Param("now") Instant now);

    void insertRequestTerms(@Param("requestId") Long requestId, @Param("terms") Collection<String> terms);

    void deleteRequestTerms(@Param("requestId") Long requestId);

    Long findEntryId(@Param("kind") EntryKind kind, @Param("sourceId") Long sourceId);

    void insertEntry(@Param("row") GeneratedId row, @Param("kind") EntryKind kind, @Param("sourceId") Long sourceId,
                     @Param("requestId") Long requestId, @Param("reference") String reference,
                     @Param("title") String title, @Param("partnerOrg") String partnerOrg,
                     @Param("country") String country, @Param("sector") String sector,
                     @Param("modality") String modality, @Param("recordedAt") Instant recordedAt,
                     @Param("excerpt") String excerpt, @Param("shareable") boolean shareable,
                     @Param("sharedBy") String sharedBy, @Param("sharedAt") Instant sharedAt);

    void insertLanguages(@Param("entryId") Long entryId, @Param("languages") Collection<String> languages);

    void insertAgencies(@Param("entryId") Long entryId, @Param("agencies") Collection<String> agencies);

    void insertTerms(@Param("entryId") Long entryId, @Param("terms") Collection<String> terms);

    /** The entries of a request, of one kind or all (kind null), to replace them. */
    List<LibraryEntry> findEntriesOfRequest(@Param("requestId") Long requestId, @Param("kind") EntryKind kind);

    void deleteEntryTerms(@Param("entryIds") Collection<Long> entryIds);

    void deleteEntryLanguages(@Param("entryIds") Collection<Long> entryIds);

    void deleteEntryAgencies(@Param("entryIds") Collection<Long> entryIds);

    void deleteEntries(@Param("entryIds") Collection<Long> entryIds);

    /** The request's agencies changed (routing): its entries' agency facet follows. */
    void deleteAgenciesOfRequest(@Param("requestId") Long requestId);

    void updateModality(@Param("requestId") Long requestId, @Param("modality") String modality);

    int updateShareable(@Param("id") Long id, @Param("shareable") boolean shareable, @Param("by") String by,
                        @Param("at") Instant at);

    /** Requests after this id the library has not looked at under these rules, in id order. */
    List<Long> findUnvisited(@Param("rules") int rules, @Param("afterId") long afterId, @Param("limit") int limit);

    // ---------------------------------------------------------------- reading entries

    LibraryEntry findEntry(@Param("id") Long id);

    LibraryEntry findReadable(@Param("id") Long id, @Param("reader") LibraryReader reader,
                              @Param("scope") RequestScope scope);

    List<LibraryEntry> findPage(@Param("reader") LibraryReader reader, @Param("scope") RequestScope scope,
                                @Param("filter") LibraryFilter filter, @Param("offset") int offset,
                                @Param("limit") int limit);

    /** How many entries the search finds, counted up to {@code limit} (a broad search reads no further). */
    default long countUpTo(LibraryReader reader, RequestScope scope, LibraryFilter filter, int limit) {
        return CappedCount.upTo(limit, new CappedCount.Part(skip -> findPast(reader, scope, filter, skip) != null,
                () -> count(reader, scope, filter)));
    }

    /** 1 if the search finds more than {@code skip} entries, null otherwise. */
    Integer findPast(@Param("reader") LibraryReader reader, @Param("scope") RequestScope scope,
                     @Param("filter") LibraryFilter filter, @Param("skip") int skip);

    long count(@Param("reader") LibraryReader reader, @Param("scope") RequestScope scope,
               @Param("filter") LibraryFilter filter);

    List<FacetCount> countByFacet(@Param("facet") Facet facet, @Param("reader") LibraryReader reader,
                                  @Param("scope") RequestScope scope, @Param("filter") LibraryFilter filter);

    List<String> findLanguages(@Param("entryId") Long entryId);

    List<String> findAgencies(@Param("entryId") Long entryId);

    /** The entries of these requests the reader may read, newest first. */
    List<LibraryEntry> findReadableOfRequests(@Param("requestIds") Collection<Long> requestIds,
                                              @Param("reader") LibraryReader reader,
                                              @Param("scope") RequestScope scope);

    /** The distinct indexed terms beginning with this prefix, in order, at most {@code limit}. */
    List<String> findTermsStartingWith(@Param("prefix") String prefix, @Param("limit") int limit);

    // ---------------------------------------------------------------- suggestions

    /** For each term, how many past requests have it — counted up to {@code limit} (an index read of that many). */
    List<TermRequests> countRequestsWithTerms(@Param("terms") Collection<String> terms, @Param("limit") int limit);

    /**
     * The best candidates among the past requests that share one of the terms, or are the newest of the sector or
     * of the country, and whose entries the reader may read (the request, or a shareable entry of it).
     */
    List<Candidate> findCandidates(@Param("requestId") Long requestId, @Param("terms") Collection<String> terms,
                                   @Param("sector") String sector, @Param("country") String country,
                                   @Param("newest") int newest, @Param("reader") LibraryReader reader,
                                   @Param("scope") RequestScope scope, @Param("limit") int limit);

    List<CandidateTerm> findCandidateTerms(@Param("requestIds") Collection<Long> requestIds,
                                           @Param("terms") Collection<String> terms);

    /** 1 when the reader may read something of this past request (the request itself, or a shareable entry). */
    int countSuggestible(@Param("requestId") Long requestId, @Param("reader") LibraryReader reader,
                          @Param("scope") RequestScope scope);

    void insertSuggestion(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                          @Param("suggestedRequestId") Long suggestedRequestId,
                          @Param("sameSector") boolean sameSector, @Param("sameCountry") boolean sameCountry,
                          @Param("sharedWords") String sharedWords, @Param("attachedBy") String attachedBy,
                          @Param("now") Instant now);

    AttachedSuggestion findSuggestion(@Param("id") Long id);

    AttachedSuggestion findSuggestionOf(@Param("requestId") Long requestId,
                                        @Param("suggestedRequestId") Long suggestedRequestId);

    List<AttachedSuggestion> findSuggestions(@Param("requestId") Long requestId);
}
