package org.coopflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Parts counted in order: exact below the limit, the limit once reached, and nothing read after that. */
class CappedCountTest {

    private final List<String> asked = new ArrayList<>();

    @Test
    void belowTheLimitEachPartIsProbedThenCountedExactly() {
        assertThat(CappedCount.upTo(10, part("a", 3), part("b", 4))).isEqualTo(7);
        assertThat(asked).containsExactly("a more than 9", "a count", "b more than 6", "b count");
    }

    @Test
    void exactlyAtTheLimitItSaysTheLimit() {
        assertThat(CappedCount.upTo(7, part("a", 3), part("b", 4))).isEqualTo(7);
        assertThat(asked).containsExactly("a more than 6", "a count", "b more than 3");
    }

    @Test
    void aPartThatPassesTheLimitIsNeverCountedAndTheNextNeverRead() {
        assertThat(CappedCount.upTo(10, part("a", 2), part("b", 50), part("c", 1))).isEqualTo(10);
        assertThat(asked).containsExactly("a more than 9", "a count", "b more than 7");
    }

    @Test
    void noPartsCountNothing() {
        assertThat(CappedCount.upTo(10)).isZero();
        assertThat(CappedCount.upTo(10, part("a", 0))).isZero();
    }

    @Test
    void aPartThatGrewBetweenItsTwoStatementsDoesNotOvershoot() {
        CappedCount.Part growing = new CappedCount.Part(skip -> false, () -> 12);
        assertThat(CappedCount.upTo(10, growing, part("b", 1))).isEqualTo(10);
        assertThat(asked).isEmpty();
    }

    /** A part of {@code size} entries that records what it was asked. */
    private CappedCount.Part part(String name, long size) {
        return new CappedCount.Part(skip -> {
            asked.add(name + " more than " + skip);
            return size > skip;
        }, () -> {
            asked.add(name + " count");
            return size;
        });
    }
}
