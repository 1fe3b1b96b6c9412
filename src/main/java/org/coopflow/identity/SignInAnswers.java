package org.coopflow.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What a refused sign-in answers: problem details for HTTP Basic (401; 429 with Retry-After while throttled or
 * locked; 503 with Retry-After when the accounts cannot be read — never "wrong password" for an outage), and the
 * sign-in page with the reason for the form.
 */
final class SignInAnswers {

    static final int RETRY_AFTER_UNAVAILABLE = 30;

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final Clock clock;

    SignInAnswers(MessageSource messages, LocaleResolver locales, Clock clock) {
        this.messages = messages;
        this.locales = locales;
        this.clock = clock;
    }

    AuthenticationEntryPoint problems() {
        return (request, response, exception) -> {
            Locale locale = locales.resolveLocale(request);
            if (exception instanceof SignInUnavailableException) {
                response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_UNAVAILABLE));
                write(response, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", locale);
            } else if (exception instanceof SignInRefusedException refused) {
                response.setHeader("Retry-After", String.valueOf(secondsUntil(refused.until())));
                write(response, HttpStatus.TOO_MANY_REQUESTS, refused.locked() ? "signIn.locked" : "signIn.wait", locale,
                        minutesUntil(refused.until()));
            } else {
                response.setHeader("WWW-Authenticate", "Basic realm=\"CoopFlow\"");
                String code = exception instanceof SecondFactorRequiredException ? "signIn.basicSecondFactor"
                        : exception instanceof CredentialsExpiredException ? "signIn.basicMustChangePassword"
                        : exception instanceof DisabledException ? "signIn.disabled" : "error.unauthorized";
                write(response, HttpStatus.UNAUTHORIZED, code, locale);
            }
        };
    }

    AccessDeniedHandler denied() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "error.forbidden",
                locales.resolveLocale(request));
    }

    /** The sign-in page again, saying why (never whether the name exists). */
    AuthenticationFailureHandler page() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?"
                + pageReason(exception));
    }

    String pageReason(AuthenticationException exception) {
        if (exception instanceof SignInUnavailableException) {
            return "unavailable";
        }
        if (exception instanceof SignInRefusedException refused) {
            return (refused.locked() ? "locked=" : "wait=") + minutesUntil(refused.until());
        }
        if (exception instanceof DisabledException) {
            return "disabled";
        }
        return "error";
    }

    private long secondsUntil(Instant until) {
        return Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1);
    }

    private long minutesUntil(Instant until) {
        return Math.max(1, (secondsUntil(until) + 59) / 60);
    }

    private void write(HttpServletResponse response, HttpStatus status, String code, Locale locale, Object... args)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String detail = messages.getMessage(code, args, code, locale);
        String title = messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale);
        response.getWriter().write("{\"type\":\"https://coopflow.example/problems/" + code + "\",\"title\":\""
                + json(title) + "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail)
                + "\",\"code\":\"" + code + "\"}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
