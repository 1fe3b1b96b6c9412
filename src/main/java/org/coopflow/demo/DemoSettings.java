package org.coopflow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data beyond the demo users ({@code coopflow.demo.*}).
 *
 * @param requests create a few demo requests at every stage when the database has none (embedded default only)
 */
@ConfigurationProperties("coopflow.demo")
public record DemoSettings(boolean requests) {
}
