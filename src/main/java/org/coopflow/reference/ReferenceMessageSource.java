package org.coopflow.reference;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractMessageSource;

/**
 * The names an ADMIN gives sectors, modalities, working languages and Korean agencies, in front of the message
 * bundles: {@code sector.NATIONAL_ID}, {@code sector.NATIONAL_ID.description}, {@code modality.ONLINE_FORUM},
 * {@code language.km}, {@code agency.MOIS} answer from {@link ReferenceNames}; every other code, and a code nobody
 * named, from the bundles. So pages, forms, e-mails, the audit timeline and the PDF exports all show the names as
 * edited, whichever way they ask for them ({@code #{'modality.' + code}}, {@code MessageSource#getMessage}).
 */
class ReferenceMessageSource extends AbstractMessageSource {

    private final ObjectProvider<ReferenceNames> names;

    /** @param names looked up at the first message, not before: the message source is made before the database */
    ReferenceMessageSource(MessageSource bundles, ObjectProvider<ReferenceNames> names) {
        this.names = names;
        setParentMessageSource(bundles);
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        for (ReferenceKind kind : ReferenceKind.values()) {
            String prefix = kind.messagePrefix();
            if (prefix != null && code.startsWith(prefix) && code.length() > prefix.length()) {
                return resolve(kind, code.substring(prefix.length()), locale);
            }
        }
        return null;
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        String text = resolveCodeWithoutArguments(code, locale);
        // quoted whole: a name is literal text, whatever quotes or braces it holds
        return text == null ? null : createMessageFormat("'" + text.replace("'", "''") + "'", locale);
    }

    private String resolve(ReferenceKind kind, String rest, Locale locale) {
        ReferenceNames source;
        try {
            source = names.getIfAvailable();
        } catch (BeansException notYet) {
            source = null; // a message asked for while the application is still being made: the bundles answer
        }
        if (source == null) {
            return null;
        }
        if (kind == ReferenceKind.SECTOR && rest.endsWith(".description")) {
            return source.description(kind, rest.substring(0, rest.length() - ".description".length()), locale)
                    .orElse(null);
        }
        return rest.indexOf('.') >= 0 ? null : source.name(kind, rest, locale).orElse(null);
    }
}
