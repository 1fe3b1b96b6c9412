package org.coopflow.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container's errors answer — failures outside any controller (a filter that could not read the
 * session because the database is down, a request Tomcat refused): problem details for the APIs, the error page in
 * the reader's language for everything else; 503 with Retry-After when the database cannot be reached; never a stack
 * trace. Replaces Spring Boot's BasicErrorController.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;
    private final LocaleResolver locales;

    ErrorPages(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", Outage.RETRY_AFTER_SECONDS);
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        Locale locale = locale(request);
        String code = switch (status) {
            case SERVICE_UNAVAILABLE -> "error.unavailable";
            case NOT_FOUND -> "error.notFound";
            case INTERNAL_SERVER_ERROR -> "error.unexpected";
            default -> "error.http." + status.value();
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(code, null, status.getReasonPhrase(), locale));
        problem.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setType(URI.create("https://coopflow.example/problems/" + code));
        problem.setProperty("code", code);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header("Retry-After", Outage.RETRY_AFTER_SECONDS);
        }
        return answer.body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable throwable) {
            if (Outage.isOutage(throwable)) {
                log.warn("Database unreachable: {}", throwable.getMessage());
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
            if (throwable instanceof org.springframework.web.multipart.MultipartException) {
                return HttpStatus.BAD_REQUEST;
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError() && failure instanceof Throwable throwable) {
            log.error("Unexpected failure outside the controllers", throwable);
        }
        return status;
    }

    private Locale locale(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException unavailable) {
            return Locale.ENGLISH;
        }
    }
}
