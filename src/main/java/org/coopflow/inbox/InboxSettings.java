package org.coopflow.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inbox's settings ({@code coopflow.inbox.*} in config/application.yml).
 *
 * @param digestHour    the local hour (0-23, in each reader's own time zone) from which their daily digest is sent
 * @param checkEvery    how often one node of the cluster looks for digests due
 * @param scheduled     whether this node sends digests at all (tests drive them)
 */
@ConfigurationProperties("coopflow.inbox")
public record InboxSettings(@DefaultValue("8") int digestHour,
                            @DefaultValue("PT5M") Duration checkEvery,
                            @DefaultValue("true") boolean scheduled) {

    public InboxSettings {
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("coopflow.inbox.digest-hour must be an hour from 0 to 23: " + digestHour);
        }
    }

    /** The digest's hour as people read it: "08:00". */
    public String digestTime() {
        return String.format("%02d:00", digestHour);
    }
}
