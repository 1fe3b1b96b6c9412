package org.coopflow.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.coopflow.web.WebPage;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** How long this session lasts without activity, for the layout's timeout warning (fragments/session.html). */
@ControllerAdvice(annotations = WebPage.class)
class SessionTimeoutModel {

    @ModelAttribute("sessionTimeoutSeconds")
    Integer sessionTimeoutSeconds(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getMaxInactiveInterval();
    }
}
