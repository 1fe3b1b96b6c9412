package org.coopflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestFilter;
import org.coopflow.request.RequestMapper;
import org.coopflow.request.RequestScope;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestSummary;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Words typed as their beginning find what they found before they could drive the page: a beginning of one indexed word
 * read newest first from that word's index entries, of several from a merge of each word's; alone, with Korean pairs or
 * with another word; page by page; and counted exactly below the limit and as the limit at and past it.
 * Requests written in the test's transaction, rolled back.
 */
@Transactional
class RequestSearchByBeginningIT extends MariaDbIntegrationTest {

    @Autowired
    RequestService requests;

    @Autowired
    RequestMapper mapper;

    @Autowired
    RequestSearchIndex index;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    SearchIndexMapper terms;

    /** A word beginning no other test writes. */
    private String m;
    private final List<CooperationRequest> written = new ArrayList<>();

    @BeforeEach
    void requestsCreatedOutOfIdOrder() {
        m = "zq" + UUID.randomUUID().toString().replace("-", "").chars().limit(6).map(c -> 'a' + Character.digit(c, 16))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String[] titles = {
            m + "alpha 주민등록 national", m + "alpha 주민 등록", m + "beta registry", m + "betamax national registry",
            m + "alpha national", m + "beta 선거 관리", m + "alpha registry 주민등록증", m + "gamma"};
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < titles.length; i++) {
            // not in id order, and two created at the same instant (then the higher id first)
            Instant created = t0.minus(i == 5 ? 3 : i * 7 % 11, ChronoUnit.MINUTES);
            Long id = RequestRows.insert(mapper, titles[i], created);
            index.indexNew(id, created, null, titles[i], titles[i]);
            written.add(mapper.findById(id));
        }
    }

    @Test
    void aBeginningOfOneWordIsThatWordAndOfSeveralAChoice() {
        SearchQuery one = index.expand(SearchText.query(m + "al"));
        assertThat(one.anyOf()).containsExactly(List.of(m + "alpha"));
        assertThat(one.drivingTerm()).isEqualTo(m + "alpha");

        SearchQuery several = index.expand(SearchText.query(m + "bet"));
        assertThat(several.exact()).isEmpty();
        assertThat(several.anyOf()).containsExactly(List.of(m + "beta", m + "betamax"));
        assertThat(several.drivingChoice()).isEqualTo(List.of(m + "beta", m + "betamax"));
        assertThat(one.drivingChoice()).as("its one word drives").isNull();

        // a typed exact term (a Korean pair) drives before a beginning
        SearchQuery withKorean = index.expand(SearchText.query(m + "alp 주민등록"));
        assertThat(withKorean.exact()).containsExactlyInAnyOrder("주민", "민등", "등록");
        assertThat(withKorean.drivingTerm()).isIn("주민", "민등", "등록");
    }

    @Test
    void theWordsABeginningBeginsAreListedInOrderUpToALimit() {
        assertThat(terms.findTermsStartingWith(m, 10))
                .containsExactly(m + "alpha", m + "beta", m + "betamax", m + "gamma");
        assertThat(terms.findTermsStartingWith(m, 3)).containsExactly(m + "alpha", m + "beta", m + "betamax");
        assertThat(terms.findTermsStartingWith(m + "beta", 10)).containsExactly(m + "beta", m + "betamax");
        assertThat(terms.findTermsStartingWith(m + "z", 10)).isEmpty();
    }

    @Test
    void searchesFindWhatTheWordsBeginningsFindNewestFirstPageByPage() {
        assertFinds(m + "al", 0, 1, 4, 6);
        assertFinds(m + "alpha", 0, 1, 4, 6);
        assertFinds(m + "bet", 2, 3, 5);
        assertFinds(m + "betam", 3);
        assertFinds(m + "gam", 7);
        assertFinds(m, 0, 1, 2, 3, 4, 5, 6, 7);
        assertFinds(m + "alp 주민등록", 0, 1, 6);
        assertFinds("주민등록 " + m + "al", 0, 1, 6);
        assertFinds(m + "al nation", 0, 4);
        assertFinds(m + "bet registry", 2, 3);
        assertFinds(m + "bet nation", 3);
        assertFinds(m + "bet regis", 2, 3); // the other beginning (a choice or a range) checked by key
        assertFinds(m + "alpha " + m + "beta");
    }

    @Test
    void theCountIsExactBelowTheLimitAndTheLimitAtAndPastIt() {
        RequestScope manager = RequestScope.of(users.currentUserOf("manager"));
        RequestFilter alpha = keywords(index.expand(SearchText.query(m + "al"))); // one word, driving: 4
        RequestFilter any = keywords(index.expand(SearchText.query(m))); // a choice of 4 words: 8
        RequestFilter range = keywords(SearchText.query(m)); // the same, unexpanded: a range

        assertThat(mapper.countUpTo(manager, alpha, 5)).isEqualTo(4);
        assertThat(mapper.countUpTo(manager, alpha, 4)).isEqualTo(4);
        assertThat(mapper.countUpTo(manager, alpha, 3)).isEqualTo(3);
        assertThat(mapper.countUpTo(manager, alpha, 1)).isEqualTo(1);
        for (RequestFilter f : List.of(any, range)) {
            assertThat(mapper.countUpTo(manager, f, 100)).isEqualTo(8);
            assertThat(mapper.countUpTo(manager, f, 9)).isEqualTo(8);
            assertThat(mapper.countUpTo(manager, f, 8)).isEqualTo(8);
            assertThat(mapper.countUpTo(manager, f, 7)).isEqualTo(7);
        }
        // another filter and the searcher's scope apply to the probe as to the count
        RequestFilter alphaScreening = new RequestFilter(org.coopflow.request.RequestStatus.SCREENING, null, null,
                null, null, null, null, alpha.keywords());
        assertThat(mapper.countUpTo(manager, alphaScreening, 1)).isZero();
        RequestScope nec = RequestScope.of(users.currentUserOf("coord-nec")); // sees none of these (no agency)
        assertThat(mapper.countUpTo(nec, alpha, 1)).isZero();
        assertThat(mapper.countUpTo(nec, alpha, 10)).isZero();
        assertThat(requests.list(users.currentUserOf("coord-nec"), keywords(SearchText.query(m + "bet")), 0, 50)
                .items()).isEmpty();

        // the page's total: exact below Page.COUNT_LIMIT
        var page = requests.list(users.currentUserOf("manager"), alpha, 0, 2);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.totalIsExact()).isTrue();
        assertThat(page.hasNext()).isTrue();
    }

    /**
     * The service's pages (expanded: a word or a choice driving) list these requests newest first, as the unexpanded query
     * (every beginning read as a range, nothing driving) does.
     */
    private void assertFinds(String typed, int... expected) {
        List<Long> newestFirst = IntStream.of(expected).mapToObj(written::get)
                .sorted(Comparator.comparing(CooperationRequest::createdAt).thenComparing(CooperationRequest::id)
                        .reversed())
                .map(CooperationRequest::id).toList();
        RequestScope scope = RequestScope.of(users.currentUserOf("manager"));
        assertThat(mapper.findPage(scope, keywords(SearchText.query(typed)), 0, 50))
                .as("as a range: %s", typed).extracting(CooperationRequest::id).containsExactlyElementsOf(newestFirst);

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            paged.addAll(requests.list(users.currentUserOf("manager"), keywords(SearchText.query(typed)), page, 2)
                    .items().stream().map(RequestSummary::id).toList());
        }
        assertThat(paged).as("page by page: %s", typed).containsExactlyElementsOf(newestFirst);
        assertThat(requests.list(users.currentUserOf("manager"), keywords(SearchText.query(typed)), 0, 50).total())
                .as("count: %s", typed).isEqualTo(newestFirst.size());
    }

    private static RequestFilter keywords(SearchQuery query) {
        return RequestFilter.none().withKeywords(query);
    }
}
