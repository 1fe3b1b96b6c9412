package org.coopflow.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared page layout needs on every page. */
@ControllerAdvice(annotations = WebPage.class)
class LayoutModel {

    /** This page's address without ?lang, so the language switch keeps the page and its filters. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(query).replaceQueryParam("lang")
                .build().toUriString();
    }
}
