package org.coopflow.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.coopflow.identity.CoopFlowPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as the reader expects them: in their language's format and their own time zone (a partner in
 * Phnom Penh and an official in Seoul see the same due date at their own local time). {@code ${@dates...}}
 */
@Component("dates")
public class DateDisplay {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    /** The ISO timestamp for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public ZoneId zone() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CoopFlowPrincipal p
                && p.timeZone() != null) {
            try {
                return ZoneId.of(p.timeZone());
            } catch (java.time.DateTimeException unknownZone) {
                return DEFAULT_ZONE;
            }
        }
        return DEFAULT_ZONE;
    }
}
