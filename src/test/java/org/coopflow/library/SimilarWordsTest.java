package org.coopflow.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The words suggestions are scored on, and how shared index terms are shown back as the words people wrote. */
class SimilarWordsTest {

    @Test
    void tellingWordsAreKeptAndFunctionWordsNumbersAndShortWordsLeftOut() {
        SimilarWords words = SimilarWords.of("Digital birth registration in 2026",
                "We want to learn how the commune offices of Korea record births with MOIS, and an ID for each.");

        assertThat(words.terms()).contains("digital", "birth", "registration", "commune", "offices", "record",
                "births").doesNotContain("in", "2026", "we", "want", "learn", "how", "the", "of", "korea", "and",
                "an", "id", "for", "each", "mois");
    }

    @Test
    void sharedTermsAreShownAsTheWordsTheyCameFromInTheTextsOrder() {
        SimilarWords words = SimilarWords.of("Gestión del registro civil", "Oficinas municipales: registro civil.");

        assertThat(words.wordsOf(Set.of("civil", "gestion", "oficinas"))).containsExactly("Gestión", "civil",
                "Oficinas");
    }

    @Test
    void koreanIsCutIntoPairsOfSyllablesThatNameTheirWord() {
        SimilarWords words = SimilarWords.of("주민등록 전산화", "출생 신고를 전산으로 처리하고 싶습니다.");

        assertThat(words.terms()).contains("주민", "민등", "등록", "전산", "산화", "출생", "신고")
                .doesNotContain("싶습", "습니", "니다");
        // one pair is enough to name the word, each word once; a pair names the first word it came from
        assertThat(words.wordsOf(Set.of("등록", "민등", "전산", "신고"))).containsExactly("주민등록", "전산화", "신고를");
    }

    @Test
    void aLongTextIsCutAfterItsFirstTermsTitleFirst() {
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            description.append("word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
        }
        SimilarWords words = SimilarWords.of("Cadastre modernisation", description.toString());

        assertThat(words.terms()).hasSize(SimilarWords.MAX_TERMS).contains("cadastre", "modernisation");
    }

    @Test
    void wordsAreSplitAtPunctuationAndTheirEdgesStripped() {
        assertThat(SimilarWords.words("(e-Government) \"one-stop\", portal; 주민등록·전산화!"))
                .isEqualTo(List.of("e-Government", "one-stop", "portal", "주민등록", "전산화"));
    }
}
