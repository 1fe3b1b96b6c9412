package org.coopflow.identity;

import java.util.Locale;

import org.springframework.stereotype.Service;

/** A user's own settings: the language they chose is kept with their account, on every node. */
@Service
public class UserPreferences {

    private final IdentityMapper identity;

    UserPreferences(IdentityMapper identity) {
        this.identity = identity;
    }

    /** The saved language, or null when the user never chose one. */
    public Locale savedLocale(String username) {
        UserAccount account = identity.findUser(username);
        return account == null || account.locale() == null ? null : Locale.forLanguageTag(account.locale());
    }

    public void saveLocale(String username, Locale locale) {
        UserAccount account = identity.findUser(username);
        if (account != null) {
            identity.updatePreferences(username, locale.toLanguageTag(), account.timeZone());
        }
    }
}
