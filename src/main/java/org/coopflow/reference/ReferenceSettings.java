package org.coopflow.reference;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reference data ({@code coopflow.reference.*} in config/application.yml).
 *
 * @param namesRefresh how often a node asks the database whether names changed (a change made on another node shows
 *                     on this one within this time; the node that made it shows it at once)
 */
@ConfigurationProperties("coopflow.reference")
public record ReferenceSettings(@DefaultValue("PT5S") Duration namesRefresh) {
}
