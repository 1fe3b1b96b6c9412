package org.coopflow.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.request.RequestScope;
import org.coopflow.search.SearchText;
import org.coopflow.shared.GeneratedId;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's tables on MariaDB: entries found by their words (Korean with or without spaces, accents, beginnings of
 * words), counted by facet, filtered by facet, and read only by whom they are for. Entries are written as the
 * library's index writes them, on two requests submitted through the API: A from Cambodia (NATIONAL_ID: MOIS leads,
 * KOMSCO supports) and B from Guatemala (ELECTION_MANAGEMENT: NEC). Every search carries a word of this test only, so
 * other tests' entries never count.
 */
@Transactional
class LibraryMapperIT extends MariaDbIntegrationTest {

    private static final AtomicLong SOURCE_IDS = new AtomicLong(System.nanoTime() / 1000);

    @Autowired
    LibraryMapper mapper;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    TestRestTemplate rest;

    private String token;
    private Long requestA;
    private Long requestB;
    private final Map<String, Long> entries = new HashMap<>();

    @BeforeEach
    void twoRequestsWithEntries() {
        token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        requestA = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Enrolment " + token));
        Map<String, Object> election = new HashMap<>(Api.nationalIdRequest("Voter lists " + token));
        election.put("sector", "ELECTION_MANAGEMENT");
        election.put("languages", List.of("es"));
        requestB = new Api(rest, "partner-gt").submitNew(election);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        entries.put("A-outcome", entry(requestA, EntryKind.OUTCOME, "KH-MOI", "KH", "NATIONAL_ID", "ONLINE_FORUM",
                now.minus(3, ChronoUnit.DAYS), List.of("km", "en"), List.of("MOIS", "KOMSCO"),
                "Forum on biometric enrolment " + token + " with 주민등록증 experts"));
        entries.put("A-lessons", entry(requestA, EntryKind.LESSONS, "KH-MOI", "KH", "NATIONAL_ID", "ONLINE_FORUM",
                now.minus(2, ChronoUnit.DAYS), List.of("km", "en"), List.of("MOIS", "KOMSCO"),
                "Send the questions ahead " + token));
        entries.put("A-report", entry(requestA, EntryKind.FOLLOW_UP_REPORT, "KH-MOI", "KH", "NATIONAL_ID",
                "ONLINE_FORUM", now.minus(1, ChronoUnit.DAYS), List.of("km", "en"), List.of("MOIS", "KOMSCO"),
                "Training held " + token));
        entries.put("A-document", entry(requestA, EntryKind.DOCUMENT, "KH-MOI", "KH", "NATIONAL_ID", "ONLINE_FORUM",
                now.minus(400, ChronoUnit.DAYS), List.of("km", "en"), List.of("MOIS", "KOMSCO"),
                "enrolment-plan-" + token + ".pdf"));
        entries.put("B-outcome", entry(requestB, EntryKind.OUTCOME, "GT-MINGOB", "GT", "ELECTION_MANAGEMENT",
                "WRITTEN_CONSULTATION", now.minus(5, ChronoUnit.DAYS), List.of("es"), List.of("NEC"),
                "Gestión de listas de votantes " + token));
        entries.put("B-document", entry(requestB, EntryKind.DOCUMENT, "GT-MINGOB", "GT", "ELECTION_MANAGEMENT",
                "WRITTEN_CONSULTATION", now.minus(6, ChronoUnit.DAYS), List.of("es"), List.of("NEC"),
                "padron-" + token + ".pdf"));
    }

    @Test
    void entriesAreFoundByTheirWordsNewestFirst() {
        assertThat(found("manager", filter(token))).containsExactly("A-report", "A-lessons", "A-outcome",
                "B-outcome", "B-document", "A-document");
        // every word must be found; an accent typed or not; the beginning of a word of three letters or more
        assertThat(found("manager", filter(token + " biometric"))).containsExactly("A-outcome");
        assertThat(found("manager", filter(token + " gestion"))).containsExactly("B-outcome");
        assertThat(found("manager", filter(token + " GESTIÓN"))).containsExactly("B-outcome");
        assertThat(found("manager", filter(token + " biomet"))).containsExactly("A-outcome");
        // Korean with or without the spaces; the request's title counts too
        assertThat(found("manager", filter(token + " 주민 등록"))).containsExactly("A-outcome");
        assertThat(found("manager", filter(token + " 주민등록"))).containsExactly("A-outcome");
        assertThat(found("manager", filter(token + " voter"))).containsExactly("B-outcome", "B-document");
        assertThat(found("manager", filter(token + " 선거"))).isEmpty();
        assertThat(mapper.countUpTo(reader("manager"), scope("manager"), filter(token), 100)).isEqualTo(6);
        // a broad search is counted no further than asked
        assertThat(mapper.countUpTo(reader("manager"), scope("manager"), filter(token), 4)).isEqualTo(4);
    }

    @Test
    void facetsAreCountedOverWhatWasFound() {
        LibraryReader manager = reader("manager");
        LibraryFilter words = filter(token);

        assertThat(counts(Facet.KIND, manager, words)).containsOnly(Map.entry("OUTCOME", 2L),
                Map.entry("LESSONS", 1L), Map.entry("FOLLOW_UP_REPORT", 1L), Map.entry("DOCUMENT", 2L));
        assertThat(counts(Facet.COUNTRY, manager, words)).containsOnly(Map.entry("KH", 4L), Map.entry("GT", 2L));
        assertThat(counts(Facet.SECTOR, manager, words)).containsOnly(Map.entry("NATIONAL_ID", 4L),
                Map.entry("ELECTION_MANAGEMENT", 2L));
        assertThat(counts(Facet.MODALITY, manager, words)).containsOnly(Map.entry("ONLINE_FORUM", 4L),
                Map.entry("WRITTEN_CONSULTATION", 2L));
        assertThat(counts(Facet.LANGUAGE, manager, words)).containsOnly(Map.entry("km", 4L), Map.entry("en", 4L),
                Map.entry("es", 2L));
        assertThat(counts(Facet.AGENCY, manager, words)).containsOnly(Map.entry("MOIS", 4L),
                Map.entry("KOMSCO", 4L), Map.entry("NEC", 2L));
        int thisYear = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        assertThat(counts(Facet.YEAR, manager, words).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        assertThat(counts(Facet.YEAR, manager, words)).containsKey(String.valueOf(thisYear));
        // counted within a facet chosen: the facets narrow each other
        assertThat(counts(Facet.KIND, manager, new LibraryFilter(SearchText.query(token), null, null, "GT", null, null,
                null, null, null))).containsOnly(Map.entry("OUTCOME", 1L), Map.entry("DOCUMENT", 1L));
    }

    @Test
    void everyFacetFilters() {
        Instant now = Instant.now();
        assertThat(found("manager", new LibraryFilter(SearchText.query(token), EntryKind.DOCUMENT, null, null, null,
                null, null, null, null))).containsExactly("B-document", "A-document");
        assertThat(found("manager", new LibraryFilter(SearchText.query(token), null, "ELECTION_MANAGEMENT", null, null,
                null, null, null, null))).containsExactly("B-outcome", "B-document");
        assertThat(found("manager", new LibraryFilter(SearchText.query(token), null, null, "KH", "ONLINE_FORUM",
                "km", "KOMSCO", null, null))).containsExactly("A-report", "A-lessons", "A-outcome", "A-document");
        assertThat(found("manager", new LibraryFilter(SearchText.query(token), null, null, null, null, "es", null,
                null, null))).containsExactly("B-outcome", "B-document");
        assertThat(found("manager", new LibraryFilter(SearchText.query(token), null, null, null, null, null, "NEC",
                null, null))).containsExactly("B-outcome", "B-document");
        // dates: from (inclusive) and to (exclusive)
        assertThat(found("manager", new LibraryFilter(SearchText.query(token), null, null, null, null, null, null,
                now.minus(30, ChronoUnit.DAYS), now.minus(4, ChronoUnit.DAYS)))).containsExactly("B-outcome",
                "B-document");
    }

    @Test
    void eachReaderReadsWhatIsForThem() {
        LibraryFilter words = filter(token);
        // managers everything; intake the requests in screening (both are)
        assertThat(found("manager", words)).hasSize(6);
        assertThat(found("intake", words)).hasSize(6);
        // a partner the outcomes and documents of its own organisation's requests, nothing of another partner's
        assertThat(found("partner-kh", words)).containsExactly("A-outcome", "A-document");
        assertThat(found("partner-gt", words)).containsExactly("B-outcome", "B-document");
        // coordinators and experts the requests their agency leads or supports
        assertThat(found("coord-komsco", words)).containsExactly("A-report", "A-lessons", "A-outcome", "A-document");
        assertThat(found("coord-nec", words)).containsExactly("B-outcome", "B-document");
        assertThat(found("expert-molit", words)).isEmpty();
        // one entry: the same rule
        assertThat(mapper.findReadable(entries.get("A-lessons"), reader("partner-kh"), scope("partner-kh"))).isNull();
        assertThat(mapper.findReadable(entries.get("A-outcome"), reader("partner-gt"), scope("partner-gt"))).isNull();
        assertThat(mapper.findReadable(entries.get("A-outcome"), reader("coord-nec"), scope("coord-nec"))).isNull();
        assertThat(mapper.findReadable(entries.get("A-outcome"), reader("partner-kh"), scope("partner-kh")))
                .extracting(LibraryEntry::kind, LibraryEntry::requestId).containsExactly(EntryKind.OUTCOME, requestA);
        // the facets too count only what the reader may read
        assertThat(counts(Facet.COUNTRY, reader("partner-kh"), words)).containsOnly(Map.entry("KH", 2L));
    }

    @Test
    void aSharedEntryIsReadByEveryOfficialButNoOtherPartner() {
        Long lessons = entries.get("A-lessons");
        assertThat(mapper.updateShareable(lessons, true, "coord-mois", Instant.now())).isEqualTo(1);

        assertThat(found("coord-nec", filter(token))).containsExactly("A-lessons", "B-outcome", "B-document");
        assertThat(found("expert-molit", filter(token))).containsExactly("A-lessons");
        assertThat(mapper.findReadable(lessons, reader("coord-nec"), scope("coord-nec"))).extracting(
                LibraryEntry::shareable, LibraryEntry::sharedBy).containsExactly(true, "coord-mois");
        // never another partner's, and a partner's own still only its outcomes and documents
        assertThat(found("partner-gt", filter(token))).containsExactly("B-outcome", "B-document");
        assertThat(found("partner-kh", filter(token))).containsExactly("A-outcome", "A-document");
    }

    @Test
    void aRequestsEntriesAndTheirFacetsAreReplaced() {
        List<LibraryEntry> ofA = mapper.findEntriesOfRequest(requestA, null);
        assertThat(ofA).extracting(LibraryEntry::kind).containsExactly(EntryKind.OUTCOME, EntryKind.LESSONS,
                EntryKind.FOLLOW_UP_REPORT, EntryKind.DOCUMENT);
        assertThat(mapper.findEntriesOfRequest(requestA, EntryKind.LESSONS)).hasSize(1);
        assertThat(mapper.findAgencies(entries.get("A-outcome"))).containsExactly("KOMSCO", "MOIS");
        assertThat(mapper.findLanguages(entries.get("A-outcome"))).containsExactly("en", "km");

        mapper.deleteAgenciesOfRequest(requestA);
        mapper.updateModality(requestA, "STUDY_VISIT");
        List<Long> lessons = List.of(entries.get("A-lessons"));
        mapper.deleteEntryTerms(lessons);
        mapper.deleteEntryLanguages(lessons);
        mapper.deleteEntryAgencies(lessons);
        mapper.deleteEntries(lessons);

        assertThat(mapper.findAgencies(entries.get("A-outcome"))).isEmpty();
        assertThat(found("manager", filter(token + " questions"))).isEmpty();
        assertThat(mapper.findEntriesOfRequest(requestA, null)).extracting(LibraryEntry::kind, LibraryEntry::modality)
                .containsExactly(tuple(EntryKind.OUTCOME, "STUDY_VISIT"), tuple(EntryKind.FOLLOW_UP_REPORT,
                        "STUDY_VISIT"), tuple(EntryKind.DOCUMENT, "STUDY_VISIT"));
    }

    // ---------------------------------------------------------------- helpers

    /** An entry as LibraryIndex writes it: the row, its languages, agencies and the terms of reference, title, text. */
    private Long entry(Long requestId, EntryKind kind, String partner, String country, String sector, String modality,
                       Instant at, List<String> languages, List<String> agencies, String text) {
        GeneratedId row = new GeneratedId();
        String title = (requestId.equals(requestA) ? "Enrolment " : "Voter lists ") + token;
        mapper.insertEntry(row, kind, SOURCE_IDS.incrementAndGet(), requestId, "CR-TEST-" + requestId, title, partner,
                country, sector, modality, at, LibraryIndex.excerpt(text), false, null, null);
        mapper.insertLanguages(row.getId(), languages);
        mapper.insertAgencies(row.getId(), agencies);
        mapper.insertTerms(row.getId(), SearchText.terms("CR-TEST-" + requestId, title, text));
        return row.getId();
    }

    private List<String> found(String username, LibraryFilter filter) {
        Map<Long, String> names = new HashMap<>();
        entries.forEach((name, id) -> names.put(id, name));
        return mapper.findPage(reader(username), scope(username), filter, 0, 50).stream()
                .map(e -> names.getOrDefault(e.id(), "other " + e.id())).toList();
    }

    private Map<String, Long> counts(Facet facet, LibraryReader reader, LibraryFilter filter) {
        Map<String, Long> counts = new HashMap<>();
        mapper.countByFacet(facet, reader, reader.scope(), filter).forEach(c -> counts.put(c.code(), c.entries()));
        return counts;
    }

    private LibraryReader reader(String username) {
        return LibraryReader.of(users.currentUserOf(username));
    }

    private RequestScope scope(String username) {
        return reader(username).scope();
    }

    private static LibraryFilter filter(String words) {
        return LibraryFilter.none().withKeywords(SearchText.query(words.toLowerCase(Locale.ROOT)));
    }
}
