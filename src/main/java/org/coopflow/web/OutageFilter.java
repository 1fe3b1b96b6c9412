package org.coopflow.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The outermost filter: when the database cannot be reached before any controller runs — loading the session (it lives
 * in the database), or the user — nothing further can render (the page layout needs the session), so this answers
 * itself: 503 with Retry-After, a problem for the APIs, a short page in the reader's language for people.
 */
class OutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);

    private final MessageSource messages;

    OutageFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!Outage.isOutage(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unreachable: {}", failure.getMessage());
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Outage.RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        Locale locale = locale(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
            response.setContentType("application/problem+json");
            String detail = messages.getMessage("error.unavailable", null, locale).replace("\\", "\\\\").replace("\"", "\\\"");
            String title = messages.getMessage("error.title.503", null, locale).replace("\"", "\\\"");
            response.getWriter().write("{\"type\":\"https://coopflow.example/problems/error.unavailable\",\"title\":\""
                    + title + "\",\"status\":503,\"detail\":\"" + detail + "\",\"code\":\"error.unavailable\"}");
            return;
        }
        response.setContentType("text/html");
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.page.unavailable.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("error.page.unavailable", null, locale));
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " · CoopFlow</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/coopflow.css\">"
                + "</head><body><main id=\"main\" class=\"narrow\"><h1>" + title + "</h1><p>" + text + "</p></main>"
                + "</body></html>");
    }

    /** The browser's language (the account's is in the database, which is the problem). */
    private static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), UserLocaleResolver.SUPPORTED);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
