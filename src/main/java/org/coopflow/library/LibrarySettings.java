package org.coopflow.library;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Library settings ({@code coopflow.library.*} in config/application.yml).
 *
 * @param commonWordLimit a word found in more past requests than this tells nothing about similarity: suggestions
 *                        leave it out (and never read further than this into its index entries)
 * @param suggestions     how many similar past requests a screening or planning page suggests
 */
@ConfigurationProperties("coopflow.library")
public record LibrarySettings(@DefaultValue("1000") int commonWordLimit, @DefaultValue("5") int suggestions) {
}
