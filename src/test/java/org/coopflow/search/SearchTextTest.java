package org.coopflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The cutting rules of the keyword index, on both sides: what a text is indexed under, what a query asks for. */
class SearchTextTest {

    @Test
    void koreanIsCutIntoPairsOfSyllablesAcrossSpaces() {
        assertThat(SearchText.terms("요청 검토")).containsExactlyInAnyOrder("요청", "청검", "검토");
        assertThat(SearchText.terms("요청검토")).containsExactlyInAnyOrder("요청", "청검", "검토");
        // a lone syllable between punctuation is indexed as itself
        assertThat(SearchText.terms("(법)")).containsExactly("법");
    }

    @Test
    void aKoreanQueryAsksForEveryPairAndFindsTheTextWrittenWithOrWithoutSpaces() {
        SearchQuery query = SearchText.query("주민등록");

        assertThat(query.exact()).containsExactly("주민", "민등", "등록");
        assertThat(query.prefixes()).isEmpty();
        assertThat(matches(query, "캄보디아 주민 등록 시스템")).isTrue();
        assertThat(matches(query, "주민등록증 발급")).isTrue();
        assertThat(matches(query, "선거 관리")).isFalse();
    }

    @Test
    void latinWordsAreLowerCasedWithoutAccentsAndFoundByTheirBeginning() {
        assertThat(SearchText.terms("Gestión ÉLECTORALE, e-Government!"))
                .containsExactlyInAnyOrder("gestion", "electorale", "e", "government");

        SearchQuery query = SearchText.query("gestion Enrol");
        assertThat(query.prefixes()).containsExactly("gestion", "enrol");
        assertThat(matches(query, "La gestión del enrolment")).isTrue();
        assertThat(matches(query, "La gestión del padrón")).isFalse();
    }

    @Test
    void shortWordsMustMatchAWholeWord() {
        SearchQuery query = SearchText.query("ID");

        assertThat(query.exact()).containsExactly("id");
        assertThat(matches(query, "National ID cards")).isTrue();
        assertThat(matches(query, "Identity cards")).isFalse();
    }

    @Test
    void aReferenceIsFoundWholeOrByItsNumber() {
        Set<String> terms = SearchText.terms("CR-2026-00042");

        assertThat(terms).containsExactlyInAnyOrder("cr", "2026", "00042", "42");
        assertThat(matches(SearchText.query("CR-2026-00042"), "CR-2026-00042")).isTrue();
        assertThat(matches(SearchText.query("cr-2026-00042"), "CR-2026-00043")).isFalse();
        assertThat(matches(SearchText.query("42"), "CR-2026-00042")).isTrue();
    }

    @Test
    void scriptsWithoutSpacesBesidesKoreanAreCutIntoPairsToo() {
        // Khmer: "អត្តសញ្ញាណប័ណ្ណ" (identity card) written without spaces
        SearchQuery query = SearchText.query("អត្តសញ្ញាណ");

        assertThat(query.prefixes()).isEmpty();
        assertThat(matches(query, "ប្រព័ន្ធអត្តសញ្ញាណប័ណ្ណ")).isTrue();
        assertThat(matches(query, "ប្រព័ន្ធ")).isFalse();
    }

    @Test
    void aQueryWithoutLettersOrDigitsAsksForNothing() {
        assertThat(SearchText.query(" -- ").isEmpty()).isTrue();
        assertThat(SearchText.query(null).isEmpty()).isTrue();
    }

    @Test
    void aLongQueryIsCutToABoundedNumberOfTerms() {
        SearchQuery query = SearchText.query("행정안전부 국제협력 전자정부 법제 자문 요청서 검토 결과 보고");

        assertThat(query.exact().size() + query.prefixes().size()).isEqualTo(SearchText.MAX_QUERY_TERMS);
    }

    @Test
    void prefixesThatAnotherExtendsAreDropped() {
        assertThat(SearchText.query("nat national").prefixes()).containsExactly("national");
    }

    /** What the index does: every exact term among the text's terms, every prefix starting one of them. */
    private static boolean matches(SearchQuery query, String text) {
        Set<String> terms = SearchText.terms(text);
        return terms.containsAll(query.exact())
                && query.prefixes().stream().allMatch(p -> terms.stream().anyMatch(t -> t.startsWith(p)));
    }
}
