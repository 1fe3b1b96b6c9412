package org.coopflow.routing;

import org.springframework.stereotype.Component;

/** {@code ${timers.expertSilence}}, {@code ${timers.followUpInterval}}, {@code ${timers.followUpRounds}}. */
@Component("timers")
public class ProcessTimers {

    private final ProcessSettings settings;

    ProcessTimers(ProcessSettings settings) {
        this.settings = settings;
    }

    public String getExpertSilence() {
        return settings.expertSilence();
    }

    public String getFollowUpInterval() {
        return settings.followUpInterval();
    }

    public int getFollowUpRounds() {
        return settings.followUpRounds();
    }
}
