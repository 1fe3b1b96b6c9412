package org.coopflow.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coopflow.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * What a partner is writing in the request form, kept on the server (saved while they type and at each attempt to
 * send it), so that a session that times out, a crash or another device loses nothing: one draft per user,
 * restored when they open the form again, removed once the request is sent. Files are not kept (a browser cannot
 * give them back); the form says so.
 */
@Service
class RequestDrafts {

    /** A draft as it was saved. */
    record Draft(RequestForm form, Instant savedAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(RequestDrafts.class);

    private final RequestDraftMapper mapper;
    private final ObjectMapper json;
    private final RequestDraftSettings settings;
    private final Clock clock;

    RequestDrafts(RequestDraftMapper mapper, ObjectMapper json, RequestDraftSettings settings, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    /** The user's draft, unless there is none or it is older than the keep period (or unreadable). */
    Optional<Draft> find(String username) {
        RequestDraftMapper.Row row = mapper.find(username);
        if (row == null || row.savedAt().isBefore(clock.instant().minus(settings.draftKeep()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Draft(json.readValue(row.content(), RequestForm.class), row.savedAt()));
        } catch (JsonProcessingException unreadable) {
            log.warn("Draft of {} could not be read and is ignored: {}", username, unreadable.getOriginalMessage());
            return Optional.empty();
        }
    }

    /**
     * Saves the form as the user's draft, replacing the previous one.
     *
     * @throws InvalidInputException when a field is longer than the form allows (nothing is saved)
     */
    Instant save(String username, RequestForm form) {
        requireWithinLimits(form);
        String content;
        try {
            content = json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A request form always converts to JSON", e);
        }
        Instant now = clock.instant();
        if (mapper.update(username, content, now) == 0) {
            try {
                mapper.insert(username, content, now);
            } catch (DuplicateKeyException savedMeanwhile) {
                mapper.update(username, content, now); // another tab or node saved first: the latest wins
            }
        }
        return now;
    }

    /** Removes the user's draft, and every draft nobody came back to within the keep period. */
    void discard(String username) {
        mapper.delete(username);
        mapper.deleteSavedBefore(clock.instant().minus(settings.draftKeep()));
    }

    /** The form's own limits (maxlength in the page): a draft is never larger than a request. */
    private static void requireWithinLimits(RequestForm form) {
        List<String> languages = form.getLanguages();
        if (longer(form.getIdempotencyKey(), 100) || longer(form.getSector(), 48) || longer(form.getTitle(), 200)
                || longer(form.getDescription(), 20_000) || longer(form.getContactName(), 200)
                || longer(form.getContactEmail(), 254) || languages.size() > RequestForm.MAX_LANGUAGES
                || languages.stream().anyMatch(l -> longer(l, 16))) {
            throw new InvalidInputException("draft", "requests.draft.tooLong");
        }
    }

    private static boolean longer(String value, int max) {
        return value != null && value.length() > max;
    }
}
