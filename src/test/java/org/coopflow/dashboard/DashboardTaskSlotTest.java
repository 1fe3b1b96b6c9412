package org.coopflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.junit.jupiter.api.Test;

/**
 * The counter row an open task is added to: the engine's own ids (time-based UUIDs, id-generator: strong) must spread
 * over the slots, or concurrent process starts queue on one row until commit.
 */
class DashboardTaskSlotTest {

    @Test
    void theEnginesTimeBasedIdsSpreadOverTheSlots() {
        StrongUuidGenerator ids = new StrongUuidGenerator();
        Set<Integer> slots = IntStream.range(0, 64).mapToObj(i -> DashboardTaskRollups.slot(ids.getNextId()))
                .collect(Collectors.toSet());

        // the ids all end in this node's address: by their last character alone they would share one slot
        assertThat(slots).hasSizeGreaterThanOrEqualTo(4).allMatch(s -> s >= 0 && s < DashboardTaskRollups.SLOTS);
    }

    @Test
    void numericAndShortIdsHaveASlotToo() {
        assertThat(DashboardTaskRollups.slot("")).isZero();
        assertThat(DashboardTaskRollups.slot("7")).isEqualTo('7' % DashboardTaskRollups.SLOTS);
        assertThat(IntStream.range(100_001, 100_009).mapToObj(i -> DashboardTaskRollups.slot(Integer.toString(i)))
                .collect(Collectors.toSet())).hasSize(DashboardTaskRollups.SLOTS);
    }
}
