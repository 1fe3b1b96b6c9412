package org.coopflow.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.web.DateDisplay;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the reference pages do alike with a refused save: the form comes back as typed with every problem listed at the
 * top (each linking to its field) and next to its field (400); or — someone saved the record meanwhile — it comes back
 * as typed, saying who saved what and when, with the version they saved, so a second save is a choice (409).
 */
@Component
class AdminPageSupport {

    private final ReferenceChanges changes;
    private final MessageSource messages;
    private final DateDisplay dates;

    AdminPageSupport(ReferenceChanges changes, MessageSource messages, DateDisplay dates) {
        this.changes = changes;
        this.messages = messages;
        this.dates = dates;
    }

    /** The fields of the reference pages in the order the pages show them: the error summary follows it. */
    private static final List<String> PAGE_ORDER = List.of("code", "username", "countryCode", "ministryType",
            "ownLanguage", "agencyCode", "title", "sectors", "languages", "maxLoad", "sortOrder",
            "name.en", "description.en", "name.ko", "description.ko", "name.own", "name.es", "description.es",
            "name.fr", "description.fr");

    void invalid(InvalidInputException invalid, Model model, HttpServletResponse response) {
        Map<String, String> errors = new TreeMap<>(Comparator.comparingInt((String field) -> {
            int place = PAGE_ORDER.indexOf(field);
            return place < 0 ? PAGE_ORDER.size() : place;
        }).thenComparing(Comparator.naturalOrder()));
        errors.putAll(invalid.fieldErrors());
        model.addAttribute("errors", errors);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    void conflict(ConflictException conflict, ReferenceKind kind, String code, Model model,
                  HttpServletResponse response, Locale locale) {
        ReferenceChanges.ChangeView latest = changes.latest(kind, code, locale);
        if ("reference.error.changedMeanwhile".equals(conflict.messageCode()) && latest != null) {
            model.addAttribute("problem", messages.getMessage("reference.error.savedMeanwhile",
                    new Object[]{latest.change().actor(), dates.dateTime(latest.change().createdAt())}, locale));
            model.addAttribute("meanwhile", latest);
        } else {
            model.addAttribute("problem", messages.getMessage(conflict.messageCode(), conflict.args(), locale));
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }

    String message(ConflictException conflict, Locale locale) {
        return messages.getMessage(conflict.messageCode(), conflict.args(), locale);
    }

    String message(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, locale);
    }

    String messageOr(String code, String fallback, Locale locale) {
        return messages.getMessage(code, null, fallback, locale);
    }
}
