package org.coopflow.reference;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reference pages' fields as the reader calls them, in error summaries and in the change log:
 * {@code name.ko} → "Name (Korean)", {@code sortOrder} → "Place in the list". {@code ${@referenceFields.label(key)}}
 */
@Component("referenceFields")
public class FieldLabels {

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String field) {
        return label(field, LocaleContextHolder.getLocale());
    }

    /** A language by its name in the reader's language ("ko" → "Korean", "한국어" for a Korean reader). */
    public String language(String code) {
        String name = code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(LocaleContextHolder.getLocale());
        return name.isBlank() ? String.valueOf(code) : name;
    }

    String label(String field, Locale locale) {
        if ("name.own".equals(field)) {
            return messages.getMessage("reference.field.nameOwn", null, field, locale);
        }
        int dot = field.indexOf('.');
        if (dot > 0) {
            String language = field.substring(dot + 1);
            String languageName = Locale.forLanguageTag(language).getDisplayLanguage(locale);
            return messages.getMessage("reference.field." + field.substring(0, dot),
                    new Object[]{languageName.isBlank() ? language : languageName}, field, locale);
        }
        return messages.getMessage("reference.field." + field, null, field, locale);
    }
}
