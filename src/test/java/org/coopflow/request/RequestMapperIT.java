package org.coopflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * RequestMapper's statements on MariaDB. Every test works on partner organisations of its own and rolls
 * back, so it neither sees nor leaves rows of other tests.
 */
@Transactional
class RequestMapperIT extends MariaDbIntegrationTest {

    /** Korean, Khmer, Spanish accents and emoji outside the BMP: needs utf8mb4 end to end. */
    private static final String MULTILINGUAL = "주민등록 시스템 협력 — ប្រព័ន្ធអត្តសញ្ញាណប័ណ្ណ — gestión 🇰🇭🤝🇰🇷 🎉";

    @Autowired
    RequestMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    private String partner;
    private String otherPartner;
    private Instant t0;

    @BeforeEach
    void partners() {
        String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        partner = "ZA-" + unique;
        otherPartner = "ZB-" + unique;
        jdbc.update("INSERT INTO organisation (code, kind, name, country_code, country_name) VALUES (?, 'PARTNER', ?, 'ZA', 'Testland')",
                partner, "Test ministry " + unique);
        jdbc.update("INSERT INTO organisation (code, kind, name, country_code, country_name) VALUES (?, 'PARTNER', ?, 'ZB', 'Otherland')",
                otherPartner, "Other ministry " + unique);
        // whole seconds: the JDBC URL has sendFractionalSeconds=false (Camunda's requirement on MySQL)
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
    }

    @Test
    void insertGeneratesIdAndEveryColumnReadsBack() {
        NewRequest row = newRequest(partner, "ZA", "NATIONAL_ID", "key-1", t0);
        row.urgent = true;
        row.preferredStart = LocalDate.of(2026, 3, 2);
        row.preferredEnd = LocalDate.of(2026, 3, 6);

        mapper.insert(row);

        assertThat(row.id).isNotNull().isPositive();
        CooperationRequest r = mapper.findById(row.id);
        assertThat(r.id()).isEqualTo(row.id);
        assertThat(r.reference()).isNull();
        assertThat(r.partnerOrg()).isEqualTo(partner);
        assertThat(r.countryCode()).isEqualTo("ZA");
        assertThat(r.sectorCode()).isEqualTo("NATIONAL_ID");
        assertThat(r.title()).isEqualTo(row.title);
        assertThat(r.description()).isEqualTo(row.description);
        assertThat(r.modality()).isEqualTo("STUDY_VISIT");
        assertThat(r.urgent()).isTrue();
        assertThat(r.languages()).isEqualTo("km,en");
        assertThat(r.preferredStart()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(r.preferredEnd()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(r.contactName()).isEqualTo("Sokha Chan");
        assertThat(r.contactEmail()).isEqualTo("sokha.chan@example.org");
        assertThat(r.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(r.processInstanceId()).isNull();
        assertThat(r.idempotencyKey()).isEqualTo("key-1");
        assertThat(r.closingReason()).isNull();
        assertThat(r.createdBy()).isEqualTo("partner-test");
        assertThat(r.createdAt()).isEqualTo(t0);
        assertThat(r.updatedAt()).isEqualTo(t0);
        assertThat(r.version()).isZero();

        mapper.linkProcess(row.id, "pi-" + row.id);
        assertThat(mapper.findById(row.id).processInstanceId()).isEqualTo("pi-" + row.id);
    }

    /** A submission writes its reference with the row (no UPDATE after it). */
    @Test
    void referenceIsWrittenWithTheRow() {
        NewRequest row = newRequest(partner, "ZA", "NATIONAL_ID", UUID.randomUUID().toString(), t0);
        String reference = "TM-" + row.idempotencyKey.substring(0, 8);
        row.reference = reference;

        mapper.insert(row);

        assertThat(mapper.findById(row.id).reference()).isEqualTo(reference);
    }

    @Test
    void optionalDatesMayBeAbsent() {
        NewRequest row = newRequest(partner, "ZA", "OTHER", "no-dates", t0);

        mapper.insert(row);

        CooperationRequest r = mapper.findById(row.id);
        assertThat(r.preferredStart()).isNull();
        assertThat(r.preferredEnd()).isNull();
        assertThat(r.urgent()).isFalse();
    }

    @Test
    void findByIdOfAnUnknownRequestIsNull() {
        assertThat(mapper.findById(Long.MAX_VALUE)).isNull();
    }

    @Test
    void multilingualTextRoundTripsUnchanged() {
        NewRequest row = newRequest(partner, "ZA", "CIVIL_REGISTRATION", "utf8mb4", t0);
        row.title = "국가 신분증 ជំនួយ 🪪";
        row.description = MULTILINGUAL + "\nLine two: ត្រូវការជំនួយបច្ចេកទេស — 기술 지원이 필요합니다 😀";
        row.contactName = "សុខា ចាន់ (소카 찬) 👩‍💼";

        mapper.insert(row);
        insertMessage(row.id, "partner-test", partner, MULTILINGUAL, t0);
        mapper.close(row.id, RequestStatus.WITHDRAWN, "철회 — ដកចេញ 🙏", t0);

        CooperationRequest r = mapper.findById(row.id);
        assertThat(r.title()).isEqualTo("국가 신분증 ជំនួយ 🪪");
        assertThat(r.description()).isEqualTo(row.description);
        assertThat(r.contactName()).isEqualTo("សុខា ចាន់ (소카 찬) 👩‍💼");
        assertThat(r.closingReason()).isEqualTo("철회 — ដកចេញ 🙏");
        assertThat(mapper.findMessages(row.id, false)).extracting(RequestMessage::body).containsExactly(MULTILINGUAL);
        // and the database really stores 4-byte characters (no '?' substitution)
        assertThat(jdbc.queryForObject("SELECT CHAR_LENGTH(title) FROM cooperation_request WHERE id = ?",
                Integer.class, row.id)).isEqualTo("국가 신분증 ជំនួយ 🪪".codePointCount(0, "국가 신분증 ជំនួយ 🪪".length()));
    }

    @Test
    void idempotencyKeyIsUniquePerPartner() {
        NewRequest first = newRequest(partner, "ZA", "NATIONAL_ID", "double-click", t0);
        mapper.insert(first);

        NewRequest retry = newRequest(partner, "ZA", "NATIONAL_ID", "double-click", t0.plusSeconds(1));
        assertThatThrownBy(() -> mapper.insert(retry)).isInstanceOf(DuplicateKeyException.class);

        // the same key from another partner is another request
        NewRequest other = newRequest(otherPartner, "ZB", "NATIONAL_ID", "double-click", t0);
        mapper.insert(other);
        assertThat(other.id).isNotEqualTo(first.id);

        assertThat(mapper.findByIdempotencyKey(partner, "double-click").id()).isEqualTo(first.id);
        assertThat(mapper.findByIdempotencyKey(otherPartner, "double-click").id()).isEqualTo(other.id);
        assertThat(mapper.findByIdempotencyKey(partner, "never-used")).isNull();
        assertThat(count(partnerScope(partner))).isEqualTo(1);
    }

    @Test
    void idempotencyKeysAreComparedExactly() {
        // an Idempotency-Key is an opaque string: keys differing in case or accents are different submissions
        NewRequest upper = newRequest(partner, "ZA", "NATIONAL_ID", "Retry-Key-A", t0);
        NewRequest lower = newRequest(partner, "ZA", "SMART_CITY", "retry-key-a", t0);
        NewRequest accented = newRequest(partner, "ZA", "OTHER", "rétry-key-a", t0);

        mapper.insert(upper);
        mapper.insert(lower);
        mapper.insert(accented);

        assertThat(mapper.findByIdempotencyKey(partner, "Retry-Key-A").id()).isEqualTo(upper.id);
        assertThat(mapper.findByIdempotencyKey(partner, "retry-key-a").id()).isEqualTo(lower.id);
        assertThat(mapper.findByIdempotencyKey(partner, "rétry-key-a").id()).isEqualTo(accented.id);
        assertThat(mapper.findByIdempotencyKey(partner, "RETRY-KEY-A")).isNull();
    }

    @Test
    void referenceIsUnique() {
        NewRequest a = newRequest(partner, "ZA", "NATIONAL_ID", UUID.randomUUID().toString(), t0);
        a.reference = "TM-" + a.idempotencyKey.substring(0, 8);
        mapper.insert(a);
        NewRequest b = newRequest(partner, "ZA", "NATIONAL_ID", UUID.randomUUID().toString(), t0);
        b.reference = a.reference;

        assertThatThrownBy(() -> mapper.insert(b)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void partnerSeesOnlyItsOwnOrganisationsRequests() {
        NewRequest mine = insert(partner, "ZA", "NATIONAL_ID", t0);
        NewRequest theirs = insert(otherPartner, "ZB", "NATIONAL_ID", t0);

        assertThat(mapper.findVisible(mine.id, partnerScope(partner))).isNotNull()
                .extracting(CooperationRequest::id).isEqualTo(mine.id);
        assertThat(mapper.findVisible(theirs.id, partnerScope(partner))).isNull();
        assertThat(mapper.findVisible(mine.id, partnerScope(otherPartner))).isNull();

        assertThat(page(partnerScope(partner), RequestFilter.none())).extracting(CooperationRequest::id)
                .containsExactly(mine.id);
        assertThat(page(partnerScope(otherPartner), RequestFilter.none())).extracting(CooperationRequest::id)
                .containsExactly(theirs.id);
    }

    @Test
    void partnerScopeOfAnotherOrganisationSeesNothing() {
        NewRequest mine = insert(partner, "ZA", "NATIONAL_ID", t0);
        mapper.insertAgency(mine.id, "MOIS", true);
        RequestScope stranger = partnerScope("ZC-NOBODY");

        assertThat(mapper.findVisible(mine.id, stranger)).isNull();
        assertThat(page(stranger, RequestFilter.none())).isEmpty();
        assertThat(count(stranger)).isZero();
    }

    @Test
    void scopeOfARealPartnerUserIsItsOrganisation() {
        NewRequest mine = insert(partner, "ZA", "NATIONAL_ID", t0);
        CurrentUser partnerUser = new CurrentUser("partner-test", "Test Partner", partner, Set.of(Role.PARTNER),
                Set.of("partner:" + partner));
        CurrentUser otherUser = new CurrentUser("partner-other", "Other Partner", otherPartner, Set.of(Role.PARTNER),
                Set.of("partner:" + otherPartner));

        assertThat(mapper.findVisible(mine.id, RequestScope.of(partnerUser))).isNotNull();
        assertThat(mapper.findVisible(mine.id, RequestScope.of(otherUser))).isNull();
    }

    @Test
    void intakeSeesRequestsInScreeningOnly() {
        RequestScope intake = new RequestScope(false, null, true, List.of(), null, false);
        NewRequest r = insert(partner, "ZA", "OTHER", t0);

        for (RequestStatus status : RequestStatus.values()) {
            mapper.updateStatus(r.id, status, t0);
            boolean screening = status == RequestStatus.SUBMITTED || status == RequestStatus.SCREENING
                    || status == RequestStatus.AWAITING_PARTNER;
            assertThat(mapper.findVisible(r.id, intake) != null).as("intake sees %s", status).isEqualTo(screening);
        }
    }

    @Test
    void agenciesSeeTheRequestsTheyLeadOrSupport() {
        NewRequest r = insert(partner, "ZA", "NATIONAL_ID", t0);
        mapper.insertAgency(r.id, "MOIS", true);
        mapper.insertAgency(r.id, "KOMSCO", false);
        mapper.updateStatus(r.id, RequestStatus.ASSIGNING_EXPERTS, t0);

        assertThat(mapper.findVisible(r.id, agencyScope("MOIS"))).isNotNull();
        assertThat(mapper.findVisible(r.id, agencyScope("KOMSCO"))).isNotNull();
        assertThat(mapper.findVisible(r.id, agencyScope("NEC"))).isNull();
        assertThat(mapper.findVisible(r.id, agencyScope("NEC", "KOMSCO"))).isNotNull();
        assertThat(mapper.findVisible(r.id, new RequestScope(false, null, false, List.of(), null, false))).isNull();
    }

    @Test
    void expertSeesRequestsAssignedToThemAndLegalThoseWithAnMouDraft() {
        // rows written with JDBC before any mapper read: MyBatis' session cache would not see them afterwards
        NewRequest assigned = insert(partner, "ZA", "ELECTION_MANAGEMENT", t0);
        NewRequest unassigned = insert(partner, "ZA", "ELECTION_MANAGEMENT", t0);
        jdbc.update("INSERT INTO expert_assignment (request_id, agency_code, expert_username, status, nominated_by, "
                + "nominated_at, lead_expert, round_no) VALUES (?, 'NEC', 'expert-nec', 'ACCEPTED', 'coord-nec', ?, FALSE, 1)",
                assigned.id, java.sql.Timestamp.from(t0));
        jdbc.update("INSERT INTO mou_version (request_id, version_no, title, body, created_by, created_at) "
                + "VALUES (?, 1, 'MOU', 'Article 1', 'coord-nec', ?)", assigned.id, java.sql.Timestamp.from(t0));
        RequestScope expertNec = new RequestScope(false, null, false, List.of(), "expert-nec", false);
        RequestScope expertMois = new RequestScope(false, null, false, List.of(), "expert-mois", false);
        RequestScope legal = new RequestScope(false, null, false, List.of(), null, true);

        assertThat(mapper.findVisible(assigned.id, expertNec)).isNotNull();
        assertThat(mapper.findVisible(unassigned.id, expertNec)).isNull();
        assertThat(mapper.findVisible(assigned.id, expertMois)).isNull();
        assertThat(mapper.findVisible(assigned.id, legal)).isNotNull();
        assertThat(mapper.findVisible(unassigned.id, legal)).isNull();
    }

    @Test
    void managerSeesEverything() {
        NewRequest mine = insert(partner, "ZA", "NATIONAL_ID", t0);
        NewRequest theirs = insert(otherPartner, "ZB", "SMART_CITY", t0);
        CurrentUser manager = new CurrentUser("manager", "Manager", "MOIS", Set.of(Role.MANAGER), Set.of("manager"));
        RequestScope all = RequestScope.of(manager);

        assertThat(mapper.findVisible(mine.id, all)).isNotNull();
        assertThat(mapper.findVisible(theirs.id, all)).isNotNull();
        assertThat(mapper.count(all, RequestFilter.none())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void pagesAreNewestFirstAndCountMatches() {
        NewRequest oldest = insert(partner, "ZA", "NATIONAL_ID", t0);
        NewRequest middle = insert(partner, "ZA", "NATIONAL_ID", t0.plusSeconds(60));
        NewRequest newest = insert(partner, "ZA", "NATIONAL_ID", t0.plusSeconds(120));
        NewRequest sameTimeAsNewest = insert(partner, "ZA", "NATIONAL_ID", t0.plusSeconds(120));
        RequestScope scope = partnerScope(partner);

        assertThat(mapper.findPage(scope, RequestFilter.none(), 0, 2)).extracting(CooperationRequest::id)
                .containsExactly(sameTimeAsNewest.id, newest.id);
        assertThat(mapper.findPage(scope, RequestFilter.none(), 2, 2)).extracting(CooperationRequest::id)
                .containsExactly(middle.id, oldest.id);
        assertThat(mapper.findPage(scope, RequestFilter.none(), 4, 2)).isEmpty();
        assertThat(mapper.count(scope, RequestFilter.none())).isEqualTo(4);
    }

    @Test
    void filtersNarrowThePageAndTheCount() {
        RequestScope all = new RequestScope(true, null, false, List.of(), null, false);
        NewRequest idZa = insert(partner, "ZA", "NATIONAL_ID", t0);
        NewRequest cityZa = insert(partner, "ZA", "SMART_CITY", t0);
        NewRequest cityZb = insert(otherPartner, "ZB", "SMART_CITY", t0);
        mapper.insertAgency(idZa.id, "MOIS", true);
        mapper.insertAgency(idZa.id, "KOMSCO", false);
        mapper.insertAgency(cityZa.id, "MOLIT", true);
        mapper.insertAgency(cityZa.id, "BUSAN", false);
        mapper.updateStatus(cityZb.id, RequestStatus.SCREENING, t0);
        for (NewRequest r : List.of(idZa, cityZa, cityZb)) {
            RequestRows.assignReference(jdbc, r.id, "TM-" + r.id);
        }
        // the test's own rows are told apart from everyone else's by country (ZA/ZB exist only here)
        assertThat(ids(all, new RequestFilter(null, null, "ZA", null, null))).containsExactlyInAnyOrder(idZa.id, cityZa.id);
        assertThat(ids(all, new RequestFilter(null, "SMART_CITY", "ZA", null, null))).containsExactly(cityZa.id);
        assertThat(ids(all, new RequestFilter(RequestStatus.SCREENING, "SMART_CITY", "ZB", null, null)))
                .containsExactly(cityZb.id);
        assertThat(ids(all, new RequestFilter(RequestStatus.SUBMITTED, null, "ZB", null, null))).isEmpty();
        assertThat(ids(all, new RequestFilter(null, null, "ZA", "KOMSCO", null))).containsExactly(idZa.id);
        assertThat(ids(all, new RequestFilter(null, null, "ZA", "BUSAN", null))).containsExactly(cityZa.id);
        assertThat(ids(all, new RequestFilter(null, null, null, null, "TM-" + cityZb.id))).containsExactly(cityZb.id);
        assertThat(mapper.count(all, new RequestFilter(null, "SMART_CITY", "ZA", null, null))).isEqualTo(1);
        assertThat(mapper.count(all, new RequestFilter(null, null, "ZA", "MOIS", null))).isEqualTo(1);
        // filters combine with the scope, never widen it
        assertThat(page(partnerScope(otherPartner), new RequestFilter(null, null, "ZA", null, null))).isEmpty();
    }

    @Test
    void statusUpdateBumpsVersionAndUpdatedAt() {
        NewRequest r = insert(partner, "ZA", "NATIONAL_ID", t0);

        mapper.updateStatus(r.id, RequestStatus.SCREENING, t0.plusSeconds(10));
        CooperationRequest screening = mapper.findById(r.id);
        assertThat(screening.status()).isEqualTo(RequestStatus.SCREENING);
        assertThat(screening.version()).isEqualTo(1);
        assertThat(screening.createdAt()).isEqualTo(t0);
        assertThat(screening.updatedAt()).isEqualTo(t0.plusSeconds(10));

        mapper.updateStatus(r.id, RequestStatus.ASSIGNING_EXPERTS, t0.plusSeconds(20));
        assertThat(mapper.findById(r.id).version()).isEqualTo(2);

        mapper.close(r.id, RequestStatus.DECLINED, "Outside the programme's scope", t0.plusSeconds(30));
        CooperationRequest closed = mapper.findById(r.id);
        assertThat(closed.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(closed.status().isClosed()).isTrue();
        assertThat(closed.closingReason()).isEqualTo("Outside the programme's scope");
        assertThat(closed.version()).isEqualTo(3);
        assertThat(closed.updatedAt()).isEqualTo(t0.plusSeconds(30));
    }

    @Test
    void updatesTouchOnlyTheirOwnRow() {
        NewRequest a = insert(partner, "ZA", "NATIONAL_ID", t0);
        NewRequest b = insert(partner, "ZA", "NATIONAL_ID", t0);

        mapper.updateStatus(a.id, RequestStatus.SCREENING, t0.plusSeconds(5));
        mapper.close(a.id, RequestStatus.WITHDRAWN, null, t0.plusSeconds(6));

        CooperationRequest untouched = mapper.findById(b.id);
        assertThat(untouched.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(untouched.version()).isZero();
        assertThat(untouched.updatedAt()).isEqualTo(t0);
    }

    @Test
    void agenciesLeadFirstThenByCodeAndReplaceable() {
        NewRequest r = insert(partner, "ZA", "ONLINE_CIVIL_SERVICES", t0);
        mapper.insertAgency(r.id, "NIA", false);
        mapper.insertAgency(r.id, "MOIS", true);
        mapper.insertAgency(r.id, "KOMSCO", false);

        assertThat(mapper.findAgencies(r.id)).containsExactly(
                new RequestAgency(r.id, "MOIS", true),
                new RequestAgency(r.id, "KOMSCO", false),
                new RequestAgency(r.id, "NIA", false));
        assertThatThrownBy(() -> mapper.insertAgency(r.id, "NIA", true)).isInstanceOf(DuplicateKeyException.class);

        // re-routing at screening: delete and insert again
        mapper.deleteAgencies(r.id);
        assertThat(mapper.findAgencies(r.id)).isEmpty();
        mapper.insertAgency(r.id, "NEC", true);
        assertThat(mapper.findAgencies(r.id)).containsExactly(new RequestAgency(r.id, "NEC", true));
    }

    @Test
    void messagesInTimeOrder() {
        NewRequest r = insert(partner, "ZA", "NATIONAL_ID", t0);
        NewRequest other = insert(partner, "ZA", "NATIONAL_ID", t0);
        insertMessage(r.id, "coord-mois", "MOIS", "second", t0.plusSeconds(20));
        insertMessage(r.id, "partner-test", partner, "first", t0.plusSeconds(10));
        insertMessage(r.id, "partner-test", partner, "third, same second as second", t0.plusSeconds(20));
        insertMessage(other.id, "partner-test", partner, "elsewhere", t0);

        List<RequestMessage> messages = mapper.findMessages(r.id, false);

        assertThat(messages).extracting(RequestMessage::body)
                .containsExactly("first", "second", "third, same second as second");
        RequestMessage first = messages.get(0);
        assertThat(first.id()).isNotNull();
        assertThat(first.requestId()).isEqualTo(r.id);
        assertThat(first.author()).isEqualTo("partner-test");
        assertThat(first.authorOrg()).isEqualTo(partner);
        assertThat(first.createdAt()).isEqualTo(t0.plusSeconds(10));
        assertThat(mapper.findMessages(Long.MAX_VALUE, false)).isEmpty();
    }

    @Test
    void aMessageAtTheTranslationDeskIsHiddenFromPartnersUntilReleasedOnce() {
        Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
        String partner = "KH-MOI";
        NewRequest r = insert(partner, "KH", "NATIONAL_ID", t0);
        insertMessage(r.id, "partner-test", partner, "sent at once", t0);
        NewMessage held = new NewMessage();
        held.requestId = r.id;
        held.author = "coord-mois";
        held.authorOrg = "MOIS";
        held.body = "held for the desk";
        held.createdAt = t0.plusSeconds(5);
        held.status = MessageStatus.AT_DESK;
        mapper.insertMessage(held);

        assertThat(mapper.findMessages(r.id, true)).extracting(RequestMessage::body).containsExactly("sent at once");
        assertThat(mapper.findMessages(r.id, false)).extracting(RequestMessage::status)
                .containsExactly(MessageStatus.SENT, MessageStatus.AT_DESK);

        assertThat(mapper.releaseMessage(held.id)).isEqualTo(1);
        assertThat(mapper.releaseMessage(held.id)).as("released once").isZero();
        assertThat(mapper.findMessages(r.id, true)).extracting(RequestMessage::body)
                .containsExactly("sent at once", "held for the desk");
    }

    @Test
    void unknownSectorOrPartnerIsRejectedByTheSchema() {
        NewRequest badSector = newRequest(partner, "ZA", "NO_SUCH_SECTOR", "bad-sector", t0);
        NewRequest badPartner = newRequest("ZZ-NO-SUCH-ORG", "ZZ", "NATIONAL_ID", "bad-partner", t0);

        assertThatThrownBy(() -> mapper.insert(badSector))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> mapper.insert(badPartner))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private NewRequest insert(String partnerOrg, String country, String sector, Instant createdAt) {
        NewRequest row = newRequest(partnerOrg, country, sector, UUID.randomUUID().toString(), createdAt);
        mapper.insert(row);
        return row;
    }

    private static NewRequest newRequest(String partnerOrg, String country, String sector, String key, Instant createdAt) {
        NewRequest row = new NewRequest();
        row.partnerOrg = partnerOrg;
        row.countryCode = country;
        row.sectorCode = sector;
        row.title = "Mapper test " + key;
        row.description = "We would like to learn how the national ID card is produced.";
        row.modality = "STUDY_VISIT";
        row.urgent = false;
        row.languages = "km,en";
        row.contactName = "Sokha Chan";
        row.contactEmail = "sokha.chan@example.org";
        row.idempotencyKey = key;
        row.createdBy = "partner-test";
        row.createdAt = createdAt;
        return row;
    }

    private static RequestScope partnerScope(String org) {
        return new RequestScope(false, org, false, List.of(), null, false);
    }

    private static RequestScope agencyScope(String... agencies) {
        return new RequestScope(false, null, false, List.of(agencies), null, false);
    }

    private List<CooperationRequest> page(RequestScope scope, RequestFilter filter) {
        return mapper.findPage(scope, filter, 0, 100);
    }

    private List<Long> ids(RequestScope scope, RequestFilter filter) {
        return page(scope, filter).stream().map(CooperationRequest::id).toList();
    }

    private long count(RequestScope scope) {
        return mapper.count(scope, RequestFilter.none());
    }

    private Long insertMessage(Long requestId, String author, String authorOrg, String body, Instant at) {
        NewMessage message = new NewMessage();
        message.requestId = requestId;
        message.author = author;
        message.authorOrg = authorOrg;
        message.body = body;
        message.createdAt = at;
        mapper.insertMessage(message);
        assertThat(mapper.findMessage(message.id).body()).isEqualTo(body);
        return message.id;
    }
}
