package org.coopflow.attachment;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A page's upload larger than the server reads at all (spring.servlet.multipart.max-request-size): its body is never
 * parsed, so its CSRF token (in the body, never in the address) cannot be found, and the sign-in checks would refuse
 * it as forged. Answered before them, without reading it, the way {@link UploadLimitHandler} answers the smaller
 * refusals: back to the page the form was on, with the reason. Nothing is changed, so no token is needed; the API
 * (HTTP Basic, no CSRF) is left to the 413 of {@link UploadLimitHandler}.
 */
class OversizedUploadFilter extends OncePerRequestFilter {

    private final MultipartProperties multipart;
    private final AttachmentSettings settings;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    OversizedUploadFilter(MultipartProperties multipart, AttachmentSettings settings, MessageSource messages,
                          LocaleResolver locales) {
        this.multipart = multipart;
        this.settings = settings;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/") || path.startsWith("/api/")
                || request.getContentLengthLong() <= multipart.getMaxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String back = UploadLimitHandler.backTo(path);
        String text = messages.getMessage("attachment.tooLarge.request", new Object[]{settings.maxSizeText()},
                locales.resolveLocale(request));
        FlashMap flash = new FlashMap();
        flash.put(back.contains("#documents") ? AttachmentPages.UPLOAD_ERROR : "problem", text);
        String location = request.getContextPath() + back;
        flash.setTargetRequestPath(location.contains("#") ? location.substring(0, location.indexOf('#')) : location);
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", location);
        // the body is left unread; Tomcat discards it (server.tomcat.max-swallow-size) so the browser gets this answer
    }
}
