package org.coopflow.routing;

import org.springframework.stereotype.Component;

/**
 * {@code ${timers.followUpInterval}}, {@code ${timers.followUpRounds}}. (How long an expert has to answer is a service
 * level like any step's: the serviceLevels decision, {@code ${deadlines.due(execution)}}.)
 */
@Component("timers")
public class ProcessTimers {

    private final ProcessSettings settings;

    ProcessTimers(ProcessSettings settings) {
        this.settings = settings;
    }

    public String getFollowUpInterval() {
        return settings.followUpInterval();
    }

    public int getFollowUpRounds() {
        return settings.followUpRounds();
    }
}
