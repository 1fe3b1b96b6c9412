package org.coopflow.attachment;

import java.util.Locale;
import java.util.Map;

import org.coopflow.shared.InvalidInputException;
import org.springframework.context.MessageSource;

/**
 * A file that is refused (empty, too large, a type we do not accept): a field error on {@code file} for the
 * API, and a message naming the file for the pages.
 */
public class AttachmentRejectedException extends InvalidInputException {

    private final String filename;
    private final String reason;

    AttachmentRejectedException(String filename, String reason) {
        super(Map.of("file", reason));
        this.filename = filename;
        this.reason = reason;
    }

    public String filename() {
        return filename;
    }

    /** The message code of the reason, e.g. attachment.typeNotAllowed. */
    public String reason() {
        return reason;
    }

    /** "report.pdf: this type of file is not accepted…" in the reader's language, for the pages. */
    public String describe(MessageSource messages, AttachmentSettings settings, Locale locale) {
        return messages.getMessage(reason + ".named", new Object[]{filename, settings.maxSizeText()}, locale);
    }
}
