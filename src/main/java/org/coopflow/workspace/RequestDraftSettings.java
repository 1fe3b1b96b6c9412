package org.coopflow.workspace;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The request form's drafts ({@code coopflow.requests.*} in config/application.yml).
 *
 * @param draftKeep how long a draft nobody came back to is kept
 */
@ConfigurationProperties("coopflow.requests")
public record RequestDraftSettings(@DefaultValue("P30D") Duration draftKeep) {
}
