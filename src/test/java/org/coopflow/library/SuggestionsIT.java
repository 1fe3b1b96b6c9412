package org.coopflow.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.Upload;
import org.coopflow.audit.AuditEventType;
import org.coopflow.audit.Timeline;
import org.coopflow.audit.TimelineLine;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.PastRequests;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Suggestions of similar past requests: scored by sector, country and telling words in common, each with why; only
 * what the reader may read; attached to a request once, recorded and in the audit timeline in business words.
 * <p>
 * The past requests (each has library entries) and the new request N, from Cambodia in disaster management with the
 * words w1, w2, w3 of this test only:
 * <ul>
 * <li>P1: Cambodia, disaster management, w1 w2 w3 — a consultation outcome (MOIS leads)</li>
 * <li>P2: Guatemala, disaster management, none of the words — a document (MOIS leads)</li>
 * <li>P3: Cambodia, election management, w1 and w2 — a document (NEC leads)</li>
 * <li>P4: Guatemala, smart city, w3 only — a document: another sector and one word, not similar</li>
 * </ul>
 */
class SuggestionsIT extends MariaDbIntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessDriver driver;
    @Autowired
    Suggestions suggestions;
    @Autowired
    Library library;
    @Autowired
    LibraryMapper mapper;
    @Autowired
    Attachments attachments;
    @Autowired
    Timeline timeline;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private Cast cast;
    private Api partnerGt;
    private String w1;
    private String w2;
    private String w3;
    private Journey p1;
    private Journey p2;
    private Journey p3;
    private Journey p4;
    private Journey n;

    @BeforeEach
    void pastRequestsAndANewOne() {
        cast = Cast.of(rest);
        partnerGt = new Api(rest, "partner-gt");
        w1 = PastRequests.rareWord();
        w2 = PastRequests.rareWord();
        w3 = PastRequests.rareWord();
        p1 = PastRequests.withOutcome(cast, driver, cast.partner(), "DISASTER_MANAGEMENT",
                "Flood warnings for " + w1 + " province",
                "Riverside homes along the " + w2 + " need sirens; the " + w3 + " board coordinates.",
                "Forum on cell broadcast warnings held with 30 officials.");
        p2 = withDocument(partnerGt, "DISASTER_MANAGEMENT", "Earthquake drills in schools",
                "Schools rehearse evacuations twice a year.");
        p3 = withDocument(cast.partner(), "ELECTION_MANAGEMENT", "Polling stations in " + w1,
                "Voters of the " + w2 + " district walk far to vote.");
        p4 = withDocument(partnerGt, "SMART_CITY", "Smart traffic lights", "The " + w3 + " avenue is jammed.");
        n = PastRequests.submit(cast.partner(), "DISASTER_MANAGEMENT", "Alarm network for " + w1,
                "Storm water reaches " + w2 + " hamlets before " + w3 + " hears of it.");
    }

    @Test
    void similarPastRequestsComeBestFirstEachWithWhy() {
        List<Suggestions.Suggestion> found = suggestions.forRequest(user("intake"), n.id());

        Suggestions.Suggestion first = found.get(0);
        assertThat(first.requestId()).isEqualTo(p1.id());
        assertThat(first.sameSector()).isTrue();
        assertThat(first.sameCountry()).isTrue();
        assertThat(first.words()).containsExactly(w1, w2, w3);
        assertThat(first.score()).isEqualTo(3 + 2 + 3);
        assertThat(first.entries()).extracting(LibraryEntry::kind).containsExactly(EntryKind.OUTCOME);
        assertThat(first.entries().get(0).excerpt()).isEqualTo("Forum on cell broadcast warnings held with 30 officials.");
        assertThat(first.mayOpen()).isTrue();
        // the same country and two words, then the same sector alone; one word of another sector is not similar
        assertThat(suggestion(found, p3)).hasValueSatisfying(s -> {
            assertThat(s.sameSector()).isFalse();
            assertThat(s.sameCountry()).isTrue();
            assertThat(s.words()).containsExactly(w1, w2);
            assertThat(s.score()).isEqualTo(2 + 2);
        });
        assertThat(suggestion(found, p2)).hasValueSatisfying(s -> {
            assertThat(s.sameSector()).isTrue();
            assertThat(s.sameCountry()).isFalse();
            assertThat(s.words()).isEmpty();
        });
        assertThat(suggestion(found, p4)).isEmpty();
        assertThat(suggestion(found, n)).isEmpty();
        assertThat(found).extracting(Suggestions.Suggestion::score).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void aWordInMorePastRequestsThanTheLimitIsCountedNoFurther() {
        assertThat(mapper.countRequestsWithTerms(List.of(w1, w2, w3, "zqneverwritten"), 1_001))
                .extracting(LibraryMapper.TermRequests::term, LibraryMapper.TermRequests::requests)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(w1, 2),
                        org.assertj.core.groups.Tuple.tuple(w2, 2), org.assertj.core.groups.Tuple.tuple(w3, 2));
        assertThat(mapper.countRequestsWithTerms(List.of(w1), 1)).singleElement()
                .extracting(LibraryMapper.TermRequests::requests).isEqualTo(1);
    }

    @Test
    void aCoordinatorIsSuggestedOnlyWhatTheyMayReadUntilItIsShared() {
        Journey nec = PastRequests.submit(partnerGt, "ELECTION_MANAGEMENT", "Registers of " + w1,
                "Electoral rolls of the " + w2 + " region.");

        // NEC's coordinator reads P3 (NEC's) but nothing of P1 (MOIS's) ...
        List<Suggestions.Suggestion> before = suggestions.forRequest(user("coord-nec"), nec.id());
        assertThat(suggestion(before, p3)).isPresent();
        assertThat(suggestion(before, p1)).isEmpty();

        // ... until MOIS's coordinator shares P1's outcome with every official: suggested, without opening P1 itself
        Long outcome = mapper.findEntriesOfRequest(p1.id(), EntryKind.OUTCOME).get(0).id();
        library.share(user("coord-mois"), outcome, true);
        Suggestions.Suggestion shared = suggestion(suggestions.forRequest(user("coord-nec"), nec.id()), p1)
                .orElseThrow();
        assertThat(shared.words()).containsExactly(w1, w2);
        assertThat(shared.mayOpen()).isFalse();
        assertThat(shared.entries()).extracting(LibraryEntry::id).containsExactly(outcome);

        // partners are never suggested anything; an account without a business role neither
        assertThatThrownBy(() -> suggestions.forRequest(user("partner-kh"), n.id()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAttachedSuggestionIsRecordedOnceAndInTheTimelineInBusinessWords() {
        Suggestions.Attaching attaching = suggestions.attach(user("intake"), n.id(), p1.id());

        assertThat(attaching.attachedNow()).isTrue();
        assertThat(attaching.reference()).isEqualTo(p1.reference());
        AttachedSuggestion attached = attaching.suggestion();
        assertThat(attached.sameSector()).isTrue();
        assertThat(attached.sameCountry()).isTrue();
        assertThat(attached.words()).containsExactly(w1, w2, w3);
        assertThat(attached.attachedBy()).isEqualTo("intake");
        assertThat(suggestions.attached(user("coord-mois"), n.id())).extracting(AttachedSuggestion::suggestedRequestId)
                .containsExactly(p1.id());
        assertThat(suggestions.attached(user("partner-kh"), n.id())).isEmpty();
        assertThat(suggestion(suggestions.forRequest(user("intake"), n.id()), p1)).hasValueSatisfying(
                s -> assertThat(s.attached()).isTrue());

        // again: nothing new
        assertThat(suggestions.attach(user("intake"), n.id(), p1.id()).attachedNow()).isFalse();
        assertThat(attachedRows(n)).isEqualTo(1);

        List<TimelineLine> lines = timeline.of(n.id(), null, Locale.ENGLISH).stream()
                .filter(l -> l.entry().eventType() == AuditEventType.SUGGESTION_ATTACHED).toList();
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.what()).isEqualTo("Lee Ji-won (MOIS intake) attached the earlier request " + p1.reference()
                    + " “Flood warnings for " + w1 + " province” as a similar past request: same sector and same"
                    + " country.");
            assertThat(line.entry().reason()).isEqualTo(w1 + ", " + w2 + ", " + w3);
        });
        // internal: not on the partner's own history
        assertThat(timeline.forPartner(n.id(), Locale.ENGLISH)).noneMatch(
                l -> l.entry().eventType() == AuditEventType.SUGGESTION_ATTACHED);
    }

    @Test
    void onlyIntakeWhileScreeningAndTheLeadCoordinatorsAttachAndOnlyWhatIsSuggested() {
        // the partner, a supporting or uninvolved agency: refused, nothing recorded
        assertThatThrownBy(() -> suggestions.attach(user("partner-kh"), n.id(), p1.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> suggestions.attach(user("coord-nec"), n.id(), p1.id()))
                .isInstanceOf(NotFoundException.class);
        // the request itself, a request that is not similar, one that is not in the library
        assertThatThrownBy(() -> suggestions.attach(user("intake"), n.id(), n.id()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("suggested", "library.suggestion.invalid"));
        assertThatThrownBy(() -> suggestions.attach(user("intake"), n.id(), p4.id()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("suggested", "library.suggestion.notSimilar"));
        Journey fresh = PastRequests.submit(cast.partner(), "DISASTER_MANAGEMENT", "Nothing yet", "No entries.");
        assertThatThrownBy(() -> suggestions.attach(user("intake"), n.id(), fresh.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(attachedRows(n)).isZero();

        // MOIS leads N: its coordinator attaches (e.g. to the consultation plan) what it may read
        assertThatThrownBy(() -> suggestions.attach(user("coord-mois"), n.id(), p3.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(suggestions.attach(user("coord-mois"), n.id(), p2.id()).attachedNow()).isTrue();
        assertThat(attachedRows(n)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    private Journey withDocument(Api partner, String sector, String title, String description) {
        Journey journey = PastRequests.submit(partner, sector, title, description);
        String username = partner == partnerGt ? "partner-gt" : "partner-kh";
        attachments.upload(user(username), journey.id(), new Upload("notes.pdf", PDF));
        return journey;
    }

    private int attachedRows(Journey request) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM library_suggestion WHERE request_id = ?", Integer.class,
                request.id());
    }

    private static Optional<Suggestions.Suggestion> suggestion(List<Suggestions.Suggestion> found, Journey past) {
        return found.stream().filter(s -> s.requestId().equals(past.id())).findFirst();
    }

    private CurrentUser user(String username) {
        return users.currentUserOf(username);
    }
}
