package org.coopflow.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopflow.attachment.Attachment;
import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.Upload;
import org.coopflow.consultation.Consultations;
import org.coopflow.followup.FollowUps;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.search.SearchText;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The library fed by the stages' events as a request goes its way: the consultation's outcome, each follow-up report,
 * the lessons learned at the final evaluation and every document become entries with the facets of their request;
 * routing moves their agencies, the plan names their modality; a request from before the library is rebuilt from its
 * records, keeping what was shared.
 */
class LibraryIndexingIT extends MariaDbIntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessDriver driver;
    @Autowired
    LibraryMapper mapper;
    @Autowired
    LibraryIndex index;
    @Autowired
    Attachments attachments;
    @Autowired
    Consultations consultations;
    @Autowired
    FollowUps followUps;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private Cast cast;
    private String token;

    @BeforeEach
    void cast() {
        cast = Cast.of(rest);
        token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void everyKnowledgeRecordBecomesAnEntryWithItsRequestsFacets() {
        Journey journey = Journeys.toFollowUp(cast, driver);
        Attachment plan = attachments.upload(users.currentUserOf("coord-mois"), journey.id(),
                new Upload("training-plan-" + token + ".pdf", PDF));
        Journeys.defineFollowUpActions(cast, journey, "TRAINING");
        Long action = followUps.actions(journey.id()).get(0).id();
        for (int round = 1; round <= 2; round++) {
            Journeys.fire(driver, journey, "nextQuarter");
            cast.partner().complete(journey.id(), "reportFollowUpProgress", Map.of("progressReport",
                    "Round " + round + ": trainers certified " + token, "progressStatus", "ON_TRACK",
                    "actionProgress", List.of(Map.of("action", action.toString(), "actionStatus", "ON_TRACK"))));
            cast.coordMois().complete(journey.id(), "reviewFollowUpProgress",
                    Map.of("reviewComment", "Good", "reviewAssessment", "SATISFACTORY"));
        }
        // lessons learned at the final evaluation; the manager returns it and the coordinator rewrites them
        cast.coordMois().complete(journey.id(), "evaluateCooperation", Map.of("overallRating", "4",
                "evaluationSummary", "Met.", "lessonsLearned", "First draft of the lessons " + token));
        cast.manager().complete(journey.id(), "approveClosure", Map.of("closureDecision", "RETURN",
                "closureComment", "Say what to do differently."));
        cast.coordMois().complete(journey.id(), "evaluateCooperation", Map.of("overallRating", "4",
                "evaluationSummary", "Met.", "lessonsLearned", "Send the card specifications a month ahead " + token));
        cast.manager().complete(journey.id(), "approveClosure", Map.of("closureDecision", "APPROVE"));

        List<LibraryEntry> entries = mapper.findEntriesOfRequest(journey.id(), null);
        Long outcome = consultations.outcomes(journey.id()).get(0).id();
        List<Long> reports = followUps.reports(journey.id()).stream().map(r -> r.id()).toList();
        Long evaluation = followUps.evaluations(journey.id()).get(1).id();
        assertThat(entries).extracting(LibraryEntry::kind, LibraryEntry::sourceId).containsExactlyInAnyOrder(
                tuple(EntryKind.OUTCOME, outcome), tuple(EntryKind.DOCUMENT, plan.id()),
                tuple(EntryKind.FOLLOW_UP_REPORT, reports.get(0)), tuple(EntryKind.FOLLOW_UP_REPORT, reports.get(1)),
                tuple(EntryKind.LESSONS, evaluation));
        // the facets are the request's: Cambodia, national ID, the consultation's modality, its languages and agencies
        assertThat(entries).extracting(LibraryEntry::reference, LibraryEntry::countryCode, LibraryEntry::sectorCode,
                LibraryEntry::modality, LibraryEntry::partnerOrg).containsOnly(tuple(journey.reference(), "KH",
                "NATIONAL_ID", "ONLINE_FORUM", "KH-MOI"));
        for (LibraryEntry e : entries) {
            assertThat(mapper.findLanguages(e.id())).containsExactly("en", "km");
            assertThat(mapper.findAgencies(e.id())).containsExactly("KOMSCO", "MOIS");
        }
        assertThat(entries).filteredOn(e -> e.kind() == EntryKind.OUTCOME).singleElement()
                .extracting(LibraryEntry::excerpt).isEqualTo("Forum held with 40 officials.");
        // found by their words: the rewritten lessons, not the returned draft
        LibraryReader manager = LibraryReader.of(users.currentUserOf("manager"));
        assertThat(mapper.findPage(manager, manager.scope(), LibraryFilter.none().withKeywords(
                SearchText.query(token + " specifications")), 0, 10)).extracting(LibraryEntry::kind)
                .containsExactly(EntryKind.LESSONS);
        assertThat(mapper.countUpTo(manager, manager.scope(), LibraryFilter.none().withKeywords(
                SearchText.query(token + " draft")), 100)).isZero();
        assertThat(mapper.countUpTo(manager, manager.scope(), LibraryFilter.none().withKeywords(
                SearchText.query(token + " trainers")), 100)).isEqualTo(2);
        assertThat(mapper.countUpTo(manager, manager.scope(), LibraryFilter.none().withKeywords(
                SearchText.query("training plan " + token)), 100)).isEqualTo(1);
        // the request has knowledge now: suggestions may name it
        assertThat(mapper.findLibraryRequest(journey.id())).extracting(LibraryMapper.LibraryRequest::rules)
                .isEqualTo(LibraryIndex.RULES);
        assertThat(mapper.findLibraryRequest(journey.id()).lastEntryAt()).isNotNull();
    }

    @Test
    void anEvaluationWithoutLessonsAddsNothing() {
        Journey journey = Journeys.toFeedback(cast, driver);
        cast.partner().complete(journey.id(), "giveFeedback",
                Map.of("satisfaction", "4", "wantsMou", "NO", "wantsFollowUp", "NO"));
        cast.coordMois().complete(journey.id(), "evaluateCooperation",
                Map.of("overallRating", "4", "evaluationSummary", "Objectives met without an MOU."));

        assertThat(mapper.findEntriesOfRequest(journey.id(), null)).extracting(LibraryEntry::kind)
                .containsExactly(EntryKind.OUTCOME);
    }

    @Test
    void routingAtScreeningMovesTheEntriesAgenciesAndThePlanTheirModality() {
        Journey journey = Journeys.submitted(cast);
        attachments.upload(users.currentUserOf("partner-kh"), journey.id(), new Upload("census.pdf", PDF));
        Long document = mapper.findEntriesOfRequest(journey.id(), EntryKind.DOCUMENT).get(0).id();
        assertThat(mapper.findAgencies(document)).containsExactly("KOMSCO", "MOIS");
        assertThat(mapper.findEntry(document).modality()).isEqualTo("ONLINE_FORUM");

        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "ACCEPT",
                "leadAgency", "MOIS", "supportingAgencies", List.of("NIA")));

        assertThat(mapper.findAgencies(document)).containsExactly("MOIS", "NIA");

        Journey planned = Journeys.toConsultation(cast);
        attachments.upload(users.currentUserOf("partner-kh"), planned.id(), new Upload("questions.pdf", PDF));
        Long questions = mapper.findEntriesOfRequest(planned.id(), EntryKind.DOCUMENT).get(0).id();
        cast.coordMois().complete(planned.id(), "planConsultation", Map.of("consultationModality", "STUDY_VISIT",
                "consultationStart", java.time.LocalDate.now().plusDays(30).toString(), "agenda", "Visit to Seoul"));

        assertThat(mapper.findEntry(questions).modality()).isEqualTo("STUDY_VISIT");
    }

    @Test
    void aRequestFromBeforeTheLibraryIsRebuiltFromItsRecordsKeepingWhatWasShared() {
        Journey journey = Journeys.toFeedback(cast, driver);
        attachments.upload(users.currentUserOf("partner-kh"), journey.id(), new Upload("minutes.pdf", PDF));
        LibraryEntry document = mapper.findEntriesOfRequest(journey.id(), EntryKind.DOCUMENT).get(0);
        Instant sharedAt = Instant.parse("2026-03-02T01:02:03Z");
        mapper.updateShareable(document.id(), true, "coord-mois", sharedAt);

        // as before the library: its entries, its words and its row gone
        List<Long> ids = mapper.findEntriesOfRequest(journey.id(), null).stream().map(LibraryEntry::id).toList();
        mapper.deleteEntryTerms(ids);
        mapper.deleteEntryLanguages(ids);
        mapper.deleteEntryAgencies(ids);
        mapper.deleteEntries(ids);
        mapper.deleteRequestTerms(journey.id());
        jdbc.update("DELETE FROM library_request WHERE request_id = ?", journey.id());

        assertThat(index.rebuildStale()).isPositive();
        assertThat(mapper.findEntriesOfRequest(journey.id(), null)).extracting(LibraryEntry::kind)
                .containsExactlyInAnyOrder(EntryKind.OUTCOME, EntryKind.DOCUMENT);
        assertThat(mapper.findLibraryRequest(journey.id()).rules()).isEqualTo(LibraryIndex.RULES);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM library_request_term WHERE request_id = ?", Integer.class,
                journey.id())).isPositive();

        // under newer rules it is rebuilt again, once, and the shared entry stays shared
        LibraryEntry rebuilt = mapper.findEntriesOfRequest(journey.id(), EntryKind.DOCUMENT).get(0);
        mapper.updateShareable(rebuilt.id(), true, "coord-mois", sharedAt);
        jdbc.update("UPDATE library_request SET rules = 0 WHERE request_id = ?", journey.id());
        assertThat(index.rebuildIfStale(journey.id())).isTrue();
        assertThat(index.rebuildIfStale(journey.id())).isFalse();
        assertThat(mapper.findEntriesOfRequest(journey.id(), EntryKind.DOCUMENT)).singleElement()
                .extracting(LibraryEntry::shareable, LibraryEntry::sharedBy, LibraryEntry::sharedAt)
                .containsExactly(true, "coord-mois", sharedAt);
        assertThat(mapper.findEntriesOfRequest(journey.id(), null)).hasSize(2);
    }
}
