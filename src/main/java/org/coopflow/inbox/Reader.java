package org.coopflow.inbox;

import java.util.Locale;

/**
 * Someone an item is for, as its wording needs them: a partner reads organisations where an official reads names.
 *
 * @param language the account's language (null: English)
 * @param timeZone the account's own time zone (null: its organisation's)
 */
record Reader(String username, String organisationCode, boolean partner, String language, String timeZone) {

    Locale locale() {
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }
}
