package org.coopflow.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each account's choice of e-mail: at once (the default), a daily digest, or none. Passed by every mail to it. */
@Service
public class MailPreferences {

    private final MailPreferenceMapper mapper;
    private final Clock clock;

    MailPreferences(MailPreferenceMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public MailPreference of(String username) {
        MailPreference chosen = mapper.find(username);
        return chosen == null ? MailPreference.AT_ONCE : chosen;
    }

    /** The choice of each of these accounts (one query). */
    public Map<String, MailPreference> ofAll(Collection<String> usernames) {
        Map<String, MailPreference> choices = new HashMap<>();
        usernames.forEach(u -> choices.put(u, MailPreference.AT_ONCE));
        if (!usernames.isEmpty()) {
            mapper.findChosen(usernames).forEach(c -> choices.put(c.username(), c.preference()));
        }
        return choices;
    }

    /** The choice of each enabled account with this e-mail address (one query; none: no account has it). */
    public List<MailPreference> ofAccountsAt(String email) {
        return mapper.findChoicesAtAddress(email).stream()
                .map(c -> c.preference() == null ? MailPreference.AT_ONCE : c.preference()).toList();
    }

    @Transactional
    public void choose(String username, MailPreference preference) {
        if (mapper.update(username, preference, clock.instant()) == 0) {
            mapper.insert(username, preference, clock.instant());
        }
    }

    /** The accounts that chose the daily digest. */
    public List<String> digestReaders() {
        return mapper.findUsernames(MailPreference.DIGEST);
    }
}
