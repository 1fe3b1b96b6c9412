package org.coopflow.attachment;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over spring.servlet.multipart.max-file-size fails while the request is parsed, before any
 * controller is chosen — so the page and API error handlers (scoped to their controllers) never see it.
 * Pages go back to the form they came from with the reason; API clients get a 413 problem.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private static final Pattern REQUEST_DOCUMENTS = Pattern.compile("^/requests/(\\d+)/attachments/?$");

    private final MessageSource messages;
    private final AttachmentSettings settings;

    UploadLimitHandler(MessageSource messages, AttachmentSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String text = messages.getMessage("attachment.tooLarge.request", new Object[]{settings.maxSizeText()}, locale);
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, text);
            problem.setTitle(messages.getMessage("error.title.413", null, "Payload too large", locale));
            problem.setProperty("code", "attachment.tooLarge");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        String back = backTo(path);
        String location = request.getContextPath() + back;
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(back.contains("#documents") ? AttachmentPages.UPLOAD_ERROR : "problem", text);
        RequestContextUtils.saveOutputFlashMap(location, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
    }

    /** The page whose form sent the upload. */
    static String backTo(String path) {
        Matcher documents = REQUEST_DOCUMENTS.matcher(path);
        if (documents.matches()) {
            return "/requests/" + documents.group(1) + "#documents";
        }
        if (path.equals("/requests") || path.equals("/requests/")) {
            return "/requests/new";
        }
        return "/";
    }
}
