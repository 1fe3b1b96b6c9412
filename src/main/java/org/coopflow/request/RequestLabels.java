package org.coopflow.request;

import java.util.List;
import java.util.Locale;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.reference.Organisation;
import org.coopflow.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of codes in the reader's language, for the pages ({@code ${@requestLabels.sector(code)}}): sectors,
 * agencies, organisations, languages, countries, process steps, groups and people. A code without a
 * translation shows its stored name rather than a missing-key marker.
 */
@Component("requestLabels")
public class RequestLabels {

    /**
     * The working languages first offered on the request form. The form now offers the list an ADMIN keeps
     * ({@code ReferenceData#languages}); kept for code written against this list.
     */
    @Deprecated
    public static final List<String> OFFERED_LANGUAGES = List.of("en", "ko", "km", "vi", "lo", "th", "id", "es",
            "pt", "fr");

    private final MessageSource messages;
    private final ReferenceData reference;
    private final CoopFlowUserDetailsService users;

    RequestLabels(MessageSource messages, ReferenceData reference, CoopFlowUserDetailsService users) {
        this.messages = messages;
        this.reference = reference;
        this.users = users;
    }

    public String sector(String code) {
        return text("sector." + code, code);
    }

    public String agency(String code) {
        if (code == null) {
            return "";
        }
        Organisation organisation = reference.organisation(code);
        return text("agency." + code, organisation == null ? code : organisation.name());
    }

    /** An agency or a partner organisation (partners by their own name and country). */
    public String organisation(String code) {
        Organisation organisation = code == null ? null : reference.organisation(code);
        if (organisation == null || Organisation.AGENCY.equals(organisation.kind())) {
            return agency(code);
        }
        return reference.organisationName(code, locale()) + " ("
                + ReferenceData.countryName(organisation.countryCode(), locale()) + ")";
    }

    public String language(String code) {
        String fallback = code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(locale());
        return text("language." + code, fallback.isBlank() ? String.valueOf(code) : fallback);
    }

    /** Agencies by name, comma-separated ("" for none). */
    public String agencies(List<String> codes) {
        return codes == null ? "" : String.join(", ", codes.stream().map(this::agency).toList());
    }

    /** Languages by name, comma-separated. */
    public String languages(List<String> codes) {
        return codes == null ? "" : String.join(", ", codes.stream().map(this::language).toList());
    }

    public String country(String code) {
        return ReferenceData.countryName(code, locale());
    }

    /** A candidate group as people say it: "Coordinators, Ministry of the Interior and Safety". */
    public String group(String groupId) {
        if (groupId == null) {
            return "";
        }
        int colon = groupId.indexOf(':');
        if (colon < 0) {
            return text("requests.group." + groupId, groupId);
        }
        String kind = groupId.substring(0, colon);
        String code = groupId.substring(colon + 1);
        return messages.getMessage("requests.group." + kind, new Object[]{organisation(code)}, groupId, locale());
    }

    /** A user's display name; the engine and timers appear as "System". */
    public String person(String username) {
        if (username == null || username.isBlank() || "system".equals(username)) {
            return text("requests.person.system", "System");
        }
        CurrentUser user = users.currentUserOf(username);
        return user == null ? username : user.displayName();
    }

    /** "340 KB", "2.4 MB" in the reader's number format. */
    public String fileSize(long bytes) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return messages.getMessage("requests.size.kb", new Object[]{number.format(Math.max(1, bytes / 1024.0))},
                    locale());
        }
        return messages.getMessage("requests.size.mb", new Object[]{number.format(bytes / (1024.0 * 1024.0))}, locale());
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
