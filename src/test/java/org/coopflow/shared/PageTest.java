package org.coopflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A counted page: exact up to the limit, "more than" past it, and "next" from the extra row, past the limit too. */
class PageTest {

    @Test
    void aCountUpToTheLimitIsExact() {
        Page<Integer> page = Page.counted(List.of(1, 2, 3), 0, 2, Page.COUNT_LIMIT);

        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.total()).isEqualTo(Page.COUNT_LIMIT);
        assertThat(page.totalIsExact()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.pages()).isEqualTo(Page.COUNT_LIMIT / 2);
    }

    @Test
    void aCountPastTheLimitSaysMoreThanTheLimit() {
        Page<Integer> page = Page.counted(List.of(1, 2), 0, 2, Page.COUNT_UP_TO);

        assertThat(page.total()).isEqualTo(Page.COUNT_LIMIT);
        assertThat(page.totalIsExact()).isFalse();
        assertThat(page.hasNext()).isFalse(); // no extra row: this page is the last, whatever the count says
    }

    @Test
    void pagesPastTheLimitStillKnowWhetherAnotherFollows() {
        Page<Integer> deep = Page.counted(List.of(1, 2, 3), 6_000, 2, Page.COUNT_UP_TO);

        assertThat(deep.items()).containsExactly(1, 2);
        assertThat(deep.hasNext()).isTrue();
        assertThat(deep.totalIsExact()).isFalse();
    }

    @Test
    void anExactlyCountedPageKnowsItsNextFromTheTotal() {
        assertThat(new Page<>(List.of(1, 2), 0, 2, 3).hasNext()).isTrue();
        assertThat(new Page<>(List.of(3), 1, 2, 3).hasNext()).isFalse();
        assertThat(new Page<>(List.of(), 0, 2, 0).pages()).isEqualTo(1);
    }
}
