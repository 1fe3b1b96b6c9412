package org.coopflow.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inbox's settings ({@code coopflow.inbox.*} in config/application.yml).
 *
 * @param digestHour    the local hour (0-23, in each reader's own time zone) from which their daily digest is sent
 * @param checkEvery    how often one node of the cluster looks for digests due and deadlines to announce
 * @param dueSoon       a step due within this time is announced as approaching (the task list's "due soon")
 * @param deadlines     whether the inbox announces deadlines from the task list's due dates
 * @param scheduled     whether this node runs the digest and the deadline announcements at all (tests drive them)
 */
@ConfigurationProperties("coopflow.inbox")
public record InboxSettings(@DefaultValue("8") int digestHour,
                            @DefaultValue("PT5M") Duration checkEvery,
                            @DefaultValue("P2D") Duration dueSoon,
                            @DefaultValue("true") boolean deadlines,
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
