package org.coopflow.mou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopflow.mou.MouDiff.Change.ADDED;
import static org.coopflow.mou.MouDiff.Change.REMOVED;
import static org.coopflow.mou.MouDiff.Change.UNCHANGED;

import java.util.List;

import org.coopflow.mou.MouDiff.Line;
import org.junit.jupiter.api.Test;

class MouDiffTest {

    @Test
    void sameTextHasNoChanges() {
        List<Line> diff = MouDiff.between("Article 1\nArticle 2", "Article 1\nArticle 2");

        assertThat(diff).containsExactly(new Line(UNCHANGED, "Article 1"), new Line(UNCHANGED, "Article 2"));
        assertThat(MouDiff.count(diff, ADDED)).isZero();
        assertThat(MouDiff.count(diff, REMOVED)).isZero();
    }

    @Test
    void addedLineIsMarkedInPlace() {
        assertThat(MouDiff.between("Article 1\nArticle 3", "Article 1\nArticle 2\nArticle 3")).containsExactly(
                new Line(UNCHANGED, "Article 1"), new Line(ADDED, "Article 2"), new Line(UNCHANGED, "Article 3"));
    }

    @Test
    void removedLineIsKeptAndMarked() {
        assertThat(MouDiff.between("Article 1\nArticle 2\nArticle 3", "Article 1\nArticle 3")).containsExactly(
                new Line(UNCHANGED, "Article 1"), new Line(REMOVED, "Article 2"), new Line(UNCHANGED, "Article 3"));
    }

    @Test
    void changedLineIsRemovedThenAdded() {
        assertThat(MouDiff.between("제1조 목적\n제2조 범위\n제3조 기간", "제1조 목적\n제2조 협력 범위\n제3조 기간"))
                .containsExactly(new Line(UNCHANGED, "제1조 목적"), new Line(REMOVED, "제2조 범위"),
                        new Line(ADDED, "제2조 협력 범위"), new Line(UNCHANGED, "제3조 기간"));
    }

    @Test
    void changesAtBothEndsAndUnchangedLinesBetween() {
        List<Line> diff = MouDiff.between("Preamble\nA\nB\nC\nOld closing", "New preamble\nA\nB\nC\nClosing\nAnnex");

        assertThat(diff).containsExactly(new Line(REMOVED, "Preamble"), new Line(ADDED, "New preamble"),
                new Line(UNCHANGED, "A"), new Line(UNCHANGED, "B"), new Line(UNCHANGED, "C"),
                new Line(REMOVED, "Old closing"), new Line(ADDED, "Closing"), new Line(ADDED, "Annex"));
        assertThat(MouDiff.count(diff, ADDED)).isEqualTo(3);
        assertThat(MouDiff.count(diff, REMOVED)).isEqualTo(2);
    }

    @Test
    void lineEndingsDoNotCountAsChanges() {
        // a browser's textarea sends CR LF, an API client may send LF
        assertThat(MouDiff.between("Article 1\r\nArticle 2\r\n", "Article 1\nArticle 2"))
                .extracting(Line::change).containsOnly(UNCHANGED);
    }

    @Test
    void emptyOrMissingTextIsAllAddedOrAllRemoved() {
        assertThat(MouDiff.between(null, "A\nB")).containsExactly(new Line(ADDED, "A"), new Line(ADDED, "B"));
        assertThat(MouDiff.between("A\nB", "")).containsExactly(new Line(REMOVED, "A"), new Line(REMOVED, "B"));
        assertThat(MouDiff.between("", null)).isEmpty();
    }

    @Test
    void aRepeatedParagraphRemovedKeepsTheFirstOne() {
        assertThat(MouDiff.between("A\n\nA\n\nB", "A\n\nB")).extracting(Line::change)
                .containsExactly(UNCHANGED, UNCHANGED, REMOVED, REMOVED, UNCHANGED);
    }
}
