package org.coopflow.reference;

import java.util.Map;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.InvalidInputException;

/** What every page of the reference administration checks: the caller, the texts typed, the version seen. */
final class AdminRules {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 1000;

    private AdminRules() {
    }

    /** ADMIN only (the pages' addresses are guarded too; the services check again). */
    static void requireAdmin(CurrentUser user) {
        if (user == null || !user.has(Role.ADMIN)) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    /** A required text of at most {@code max} characters, without control characters: stripped, or an error. */
    static String text(String value, int max, String field, Map<String, String> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.put(field, "reference.error.required");
        } else if (text.length() > max) {
            errors.put(field, "reference.error.tooLong");
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.put(field, "reference.error.controlCharacters");
        }
        return text;
    }

    static void failOn(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Zero rows updated: someone saved the record after the administrator opened it. */
    static void requireUpdated(int rows) {
        if (rows == 0) {
            throw new ConflictException("reference.error.changedMeanwhile");
        }
    }
}
