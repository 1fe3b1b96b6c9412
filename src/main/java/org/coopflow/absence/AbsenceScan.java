package org.coopflow.absence;

import java.time.Duration;

import org.coopflow.system.PeriodicScan;
import org.springframework.stereotype.Component;

/**
 * Starts absences on their first day and ends them after their last, on every node ({@code coopflow.absences.scan-every},
 * a minute by default); each change is claimed in the database, so two nodes looking at once make it once. Off where
 * {@code coopflow.absences.scan} is false (tests move the engine's clock and call {@link #runNow()}).
 */
@Component
public class AbsenceScan extends PeriodicScan {

    private final Absences absences;
    private final AbsenceSettings settings;

    AbsenceScan(Absences absences, AbsenceSettings settings) {
        this.absences = absences;
        this.settings = settings;
    }

    /** Starts and ends the absences that are due now, by the engine's clock; returns how many. */
    public int runNow() {
        return absences.reachDue();
    }

    @Override
    protected String name() {
        return "coopflow-absence-scan";
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
        return absences.reachDue();
    }
}
