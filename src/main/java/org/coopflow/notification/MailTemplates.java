package org.coopflow.notification;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Writes an e-mail in the recipient's language: the subject and the message from the bundles
 * ({@code notification.<key>.subject/.body}), around them the templates {@code mail/notification.html} and
 * {@code mail/notification.txt} with a link to the place in CoopFlow ({@code coopflow.web.base-url}).
 */
@Component
class MailTemplates {

    private static final TemplateSpec HTML = new TemplateSpec("mail/notification.html", TemplateMode.HTML);
    private static final TemplateSpec TEXT = new TemplateSpec("mail/notification.txt", TemplateMode.TEXT);

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String baseUrl;

    MailTemplates(ITemplateEngine templates, MessageSource messages,
                  @Value("${coopflow.web.base-url:http://localhost:8080}") String baseUrl) {
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    record Mail(String subject, String text, String html) {
    }

    Mail write(Long requestId, Locale locale, String key, Object... args) {
        String subject = messages.getMessage("notification." + key + ".subject", args, locale);
        String message = messages.getMessage("notification." + key + ".body", args, locale);
        Context context = new Context(locale, Map.of("subject", subject, "message", message,
                "link", link(requestId), "requestLink", requestId != null));
        return new Mail(subject, templates.process(TEXT, context), templates.process(HTML, context));
    }

    /** A mail whose subject and message the caller wrote in this language, with a button to a path of CoopFlow. */
    Mail write(Locale locale, String subject, String message, String path) {
        String link = UriComponentsBuilder.fromUriString(baseUrl.replaceAll("/+$", "")).path(path).toUriString();
        Context context = new Context(locale, Map.of("subject", subject, "message", message, "link", link,
                "requestLink", false));
        return new Mail(subject, templates.process(TEXT, context), templates.process(HTML, context));
    }

    /** The request's page, or the start page for mail about no request. */
    String link(Long requestId) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(baseUrl.replaceAll("/+$", ""));
        if (requestId == null) {
            return url.path("/").toUriString();
        }
        return url.path("/requests/{id}").buildAndExpand(requestId).toUriString();
    }
}
