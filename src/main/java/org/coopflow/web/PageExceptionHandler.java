package org.coopflow.web;

import org.coopflow.shared.UnprocessableException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the pages as the people using them understand them: a page in their language, never a stack
 * trace. Field errors and conflicts are shown on the page that caused them by the page controllers.
 */
@ControllerAdvice(annotations = WebPage.class)
// Before Spring Boot's ProblemDetailsExceptionHandler (order 0), which would answer a page's bad parameter
// (?version=two) with JSON; after UploadLimitHandler, which explains a refused upload on its own page.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden() {
        return errorPage(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler({InvalidInputException.class, ConflictException.class, UnprocessableException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView badRequest() {
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, jakarta.servlet.http.HttpServletResponse response) {
        if (e instanceof ErrorResponse mvcError && mvcError.getStatusCode().value() < 500) {
            // Spring MVC's own refusals (e.g. 406 for a PDF link asked for as JSON) keep their status
            return errorPage(HttpStatus.valueOf(mvcError.getStatusCode().value()));
        }
        if (e instanceof org.springframework.web.multipart.MultipartException
                && !(e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException)) {
            return errorPage(HttpStatus.BAD_REQUEST); // a form sent cut short
        }
        if (Outage.isOutage(e)) {
            log.warn("Database unreachable: {}", e.getMessage());
            response.setHeader("Retry-After", Outage.RETRY_AFTER_SECONDS);
            return errorPage(HttpStatus.SERVICE_UNAVAILABLE);
        }
        log.error("Unexpected error on a page", e);
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView errorPage(HttpStatus status) {
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }
}
