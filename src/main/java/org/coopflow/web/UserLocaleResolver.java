package org.coopflow.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.UserPreferences;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of every page, message and error: the one the user chose (kept with the account, so it
 * follows them to any node and any browser), else the browser's Accept-Language among the supported ones,
 * else English. API clients say what they want with Accept-Language on each call.
 */
public class UserLocaleResolver implements LocaleResolver {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN, Locale.forLanguageTag("es"),
            Locale.FRENCH);
    private static final String SESSION_KEY = UserLocaleResolver.class.getName() + ".locale";

    private final UserPreferences preferences;

    public UserLocaleResolver(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api && request.getHeader("Accept-Language") != null) {
            return fromHeader(request);
        }
        if (api && currentPrincipal() != null) {
            // Stateless API: the account was read for this very request when it authenticated; no second read.
            Locale saved = supported(currentPrincipal().locale() == null ? null
                    : Locale.forLanguageTag(currentPrincipal().locale()));
            return saved != null ? saved : fromHeader(request);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        String username = currentUsername();
        if (username != null) {
            Locale saved;
            try {
                saved = supported(preferences.savedLocale(username));
            } catch (org.springframework.dao.DataAccessException unreachable) {
                return fromHeader(request); // the error page of an outage still renders
            }
            if (saved != null) {
                if (session != null) {
                    session.setAttribute(SESSION_KEY, saved);
                }
                return saved;
            }
        }
        return fromHeader(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = supported(locale);
        if (chosen == null) {
            return; // an unsupported ?lang= is ignored rather than half-translating the page
        }
        // This visit only: the account keeps a language chosen with the switch's POST (/account/language), never
        // one from a link's ?lang= (a GET changes no stored state).
        request.getSession(true).setAttribute(SESSION_KEY, chosen);
    }

    private static Locale fromHeader(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(request.getHeader("Accept-Language"));
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
        Locale best = Locale.lookup(ranges, SUPPORTED);
        return best == null ? Locale.ENGLISH : best;
    }

    private static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
    }

    private static String currentUsername() {
        CoopFlowPrincipal principal = currentPrincipal();
        return principal == null ? null : principal.getUsername();
    }

    private static CoopFlowPrincipal currentPrincipal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CoopFlowPrincipal p ? p : null;
    }
}
