package org.coopflow.deadline;

import java.time.Duration;

import org.coopflow.system.PeriodicScan;
import org.springframework.stereotype.Component;

/**
 * Looks for rungs of the escalation ladders that are due, on every node ({@code coopflow.deadlines.scan-every}, 30
 * seconds by default); each rung is claimed in the database, so two nodes looking at once send it once. Off where
 * {@code coopflow.deadlines.scan} is false (the tests move the engine's clock and call {@link #runNow()}).
 */
@Component
public class DeadlineScan extends PeriodicScan {

    private final DeadlineLadder ladder;
    private final DeadlineSettings settings;

    DeadlineScan(DeadlineLadder ladder, DeadlineSettings settings) {
        this.ladder = ladder;
        this.settings = settings;
    }

    /** Sends the rungs that are due now, by the engine's clock, as the scan would; returns how many. */
    public int runNow() {
        return ladder.reachDue();
    }

    @Override
    protected String name() {
        return "coopflow-deadline-scan";
    }

    @Override
    protected boolean enabled() {
        return settings.scan();
    }

    @Override
    protected Duration every() {
        return settings.scanEvery();
    }

    @Override
    protected int scan() {
        return ladder.reachDue();
    }
}
