package org.coopflow.web;

import org.coopflow.shared.UnprocessableException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.NotFoundException;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the public API as RFC 9457 problem details with a localized, human message:
 * 400 with field errors, 403, 404, 409, 422. Never a stack trace; an unexpected failure is logged and
 * answered with a generic 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
// Before Spring Boot's ProblemDetailsExceptionHandler (order 0), which would otherwise answer validation,
// unreadable bodies and missing headers itself: no field errors, no code, not localized.
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.messageCode(), e.args(), locale);
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, code) -> errors.put(field, text(code, new Object[0], locale)));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation", new Object[0], locale);
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "error.unreadable", new Object[0], locale);
    }

    /** A query or path parameter that does not convert (?view=later, ?dueBefore=tomorrow): named, with its choices. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        Class<?> type = e.getRequiredType();
        String code = type != null && type.isEnum() ? "error.badParameter.choices" : "error.badParameter";
        String choices = type != null && type.isEnum() ? Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")) : "";
        Object[] args = {e.getName(), String.valueOf(e.getValue()), choices};
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, code, args, locale);
        problem.setProperty("errors", Map.of(e.getName(), messages.getMessage(code, args, locale)));
        return problem;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "error.missingHeader", new Object[]{e.getHeaderName()}, locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(Exception e, Locale locale) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "error.method", new Object[0], locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(Exception e, Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.mediaType", new Object[0], locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(Exception e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "error.notFound", new Object[0], locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, e.messageCode(), e.args(), locale);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, e.messageCode(), e.args(), locale);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, e.messageCode(), e.args(), locale);
    }

    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException e, Locale locale) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.messageCode(), e.args(), locale);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            // Spring MVC's own client errors (406, a missing parameter, ...) keep their status.
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            ProblemDetail problem = known.getBody();
            problem.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale));
            problem.setProperty("code", "error.http." + status.value());
            return ResponseEntity.status(status).body(problem);
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "attachment.tooLarge", new Object[0], locale));
        }
        if (e instanceof MultipartException) {
            // A body cut short or not multipart at all: the client's fault, nothing was read or stored.
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.multipart", new Object[0], locale));
        }
        if (Outage.isOutage(e)) {
            log.warn("Database unreachable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", Outage.RETRY_AFTER_SECONDS)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", new Object[0], locale));
        }
        log.error("Unexpected failure in the API", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", new Object[0], locale));
    }

    private ProblemDetail problem(HttpStatus status, String code, Object[] args, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(code, args, locale));
        problem.setTitle(text("error.title." + status.value(), new Object[0], locale));
        problem.setType(URI.create("https://coopflow.example/problems/" + code));
        problem.setProperty("code", code);
        return problem;
    }

    private String text(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, code, locale);
    }
}
