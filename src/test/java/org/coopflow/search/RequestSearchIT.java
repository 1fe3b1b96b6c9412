package org.coopflow.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.RequestFilter;
import org.coopflow.request.RequestScope;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestSummary;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keyword search on the real database: reference, title and description, Korean with or without spaces, within
 * what the searcher may see — through the service, the officials' list page and the API — and the index filled
 * for requests it did not cover.
 */
class RequestSearchIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RequestService requests;

    @Autowired
    RequestSearchIndex index;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.coopflow.request.RequestMapper requestMapper;

    /** A word no other test writes, so every search here finds this test's requests only. */
    private String marker;
    private Api partnerKh;
    private Api partnerGt;

    @BeforeEach
    void marker() {
        marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        partnerKh = new Api(rest, "partner-kh");
        partnerGt = new Api(rest, "partner-gt");
    }

    @Test
    void findsKoreanWordsInTheDescriptionWrittenWithOrWithoutSpaces() {
        Long spaced = partnerKh.submitNew(request("Resident registration " + marker,
                "캄보디아 내무부는 주민 등록 시스템 구축을 위한 자문을 요청합니다."));
        Long unspaced = partnerKh.submitNew(request("ID cards " + marker, "주민등록증 발급 절차에 대한 협력"));
        Long other = partnerKh.submitNew(request("Elections " + marker, "선거 관리 경험 공유"));

        assertThat(found("manager", marker + " 주민등록")).containsExactlyInAnyOrder(spaced, unspaced);
        assertThat(found("manager", marker + " 주민 등록")).containsExactlyInAnyOrder(spaced, unspaced);
        assertThat(found("manager", "선거관리 " + marker)).containsExactly(other);
        assertThat(found("manager", marker + " 등록증")).containsExactly(unspaced);
    }

    @Test
    void findsTitleWordsByTheirBeginningWithoutAccentsOrCase() {
        Long spanish = partnerGt.submitNew(request("Gestión del padrón electoral " + marker,
                "Queremos digitalizar el registro de votantes."));
        Long english = partnerKh.submitNew(request("Enrolment of citizens abroad " + marker,
                "Advice on enrolment and card production."));

        assertThat(found("manager", "GESTION " + marker)).containsExactly(spanish);
        assertThat(found("manager", "padron electoral " + marker)).containsExactly(spanish);
        assertThat(found("manager", "enrol " + marker)).containsExactly(english);
        assertThat(found("manager", marker)).containsExactlyInAnyOrder(spanish, english);
        assertThat(found("manager", "padron enrolment " + marker)).isEmpty();
    }

    @Test
    void findsARequestByItsReferenceWholeOrByItsNumber() {
        Long id = partnerKh.submitNew(request("By reference " + marker, "Nothing special."));
        String reference = (String) partnerKh.request(id).get("reference");

        assertThat(found("manager", reference.toLowerCase())).containsExactly(id);
        String number = reference.substring(reference.lastIndexOf('-') + 1).replaceFirst("^0+", "");
        assertThat(found("manager", number + " " + marker)).containsExactly(id);
    }

    @Test
    void searchesOnlyWhatTheSearcherMaySee() {
        // national ID goes to MOIS (lead) and KOMSCO; elections to NEC
        Long nationalId = partnerKh.submitNew(request("Card printing " + marker, "주민등록증 인쇄 " + marker));
        Map<String, Object> elections = request("Voter rolls " + marker, "선거인 명부 " + marker);
        elections.put("sector", "ELECTION_MANAGEMENT");
        Long election = partnerKh.submitNew(elections);

        assertThat(found("manager", marker)).containsExactlyInAnyOrder(nationalId, election);
        assertThat(found("coord-komsco", marker)).containsExactly(nationalId);
        assertThat(found("coord-nec", marker)).containsExactly(election);
        assertThat(found("partner-gt", marker)).isEmpty();
    }

    @Test
    void theOfficialsListPageAndTheApiSearchTheSameWay() throws Exception {
        Long id = partnerKh.submitNew(request("지방자치단체 통합 시스템 " + marker, "A description."));
        Pages pages = new Pages(users);

        mvc.perform(get("/requests").param("q", "통합시스템 " + marker).with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("지방자치단체 통합 시스템 " + marker)))
                .andExpect(content().string(Matchers.containsString("value=\"통합시스템 " + marker + "\"")));
        mvc.perform(get("/requests").param("q", "선거 " + marker).with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("지방자치단체 통합 시스템 " + marker))));

        Map<String, Object> page = new Api(rest, "manager").get("/api/v1/requests?q=" + marker).getBody();
        assertThat(page.get("total")).isEqualTo(1);
        assertThat(((List<?>) page.get("items"))).singleElement()
                .satisfies(item -> assertThat(((Map<?, ?>) item).get("id")).isEqualTo(id.intValue()));
    }

    @Test
    void requestsTheIndexDoesNotCoverAreIndexedInTheBackground() {
        Long before = partnerKh.submitNew(request("Made before the index " + marker, "국가기록원 협력"));
        Long olderRules = partnerKh.submitNew(request("Indexed under older rules " + marker, "국가기록원 전산화"));
        // as if made before V70, and indexed by an older version of the cutting rules
        jdbc.update("DELETE FROM request_search_term WHERE request_id = ?", before);
        jdbc.update("DELETE FROM request_search_document WHERE request_id = ?", before);
        jdbc.update("DELETE FROM request_search_term WHERE request_id = ?", olderRules);
        jdbc.update("UPDATE request_search_document SET rules = ? WHERE request_id = ?", SearchText.VERSION - 1,
                olderRules);
        assertThat(found("manager", marker + " 국가기록원")).isEmpty();

        assertThat(index.indexStale()).isGreaterThanOrEqualTo(2);

        assertThat(found("manager", marker + " 국가기록원")).containsExactlyInAnyOrder(before, olderRules);
        assertThat(index.reindexIfStale(before)).as("already indexed under these rules").isFalse();
    }

    @Test
    void aBeginningOfAWordIsAnsweredAsAChoiceOfTheWordsItBeginsOrAsARange() {
        Long id = partnerKh.submitNew(request("Enrolment and re-enrolment " + marker + "x",
                "Enrolled voters, enrolling officers."));

        SearchQuery expanded = index.expand(SearchText.query(marker));
        assertThat(expanded.prefixes()).isEmpty();
        assertThat(expanded.anyOf()).containsExactly(List.of(marker + "x"));
        assertThat(index.expand(SearchText.query("zzqqnothing")).nothing()).isTrue();
        assertThat(found("manager", "zzqqnothing " + marker)).isEmpty();

        // the range form (a beginning of too many words to list) finds the same
        RequestFilter asRange = new RequestFilter(null, null, null, null, null, null, null,
                SearchText.query("enrol " + marker));
        assertThat(requestMapper.findPage(RequestScope.of(users.currentUserOf("manager")), asRange, 0, 50))
                .extracting(org.coopflow.request.CooperationRequest::id).containsExactly(id);
        assertThat(found("manager", "enrol " + marker)).containsExactly(id);
    }

    @Test
    void aSearchWithoutLettersOrDigitsIsNoKeywordSearch() {
        Long id = partnerKh.submitNew(request("Punctuation only " + marker, "Nothing special."));
        RequestFilter filter = new RequestFilter(null, null, null, null, null, null, null, SearchText.query("-- !"));

        assertThat(filter.keywords()).isNull();
        assertThat(requests.list(users.currentUserOf("manager"), filter, 0, 1).total()).isGreaterThanOrEqualTo(1);
        assertThat(found("manager", marker + " --")).containsExactly(id);
    }

    private List<Long> found(String username, String words) {
        CurrentUser user = users.currentUserOf(username);
        RequestFilter filter = new RequestFilter(null, null, null, null, null, null, null, SearchText.query(words));
        return requests.list(user, filter, 0, 50).items().stream().map(RequestSummary::id).toList();
    }

    private static Map<String, Object> request(String title, String description) {
        Map<String, Object> body = new HashMap<>(Api.nationalIdRequest(title));
        body.put("description", description);
        return body;
    }
}
