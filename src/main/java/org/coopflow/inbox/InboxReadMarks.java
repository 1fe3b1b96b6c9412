package org.coopflow.inbox;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coopflow.identity.CoopFlowPrincipal;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Opening a request's page or a step's page, however one got there, marks the reader's items leading there read
 * — once the page was found and may be seen (after its handler, before the page and its badge are drawn).
 */
@Configuration(proxyBeanMethods = false)
class InboxReadMarks implements WebMvcConfigurer {

    /** The pages items lead to: /requests/{id}, /tasks/{taskId}. */
    private static final Pattern ITEM_PAGES = Pattern.compile("/requests/[0-9]+|/tasks/[A-Za-z0-9-]+");

    private final Inbox inbox;

    InboxReadMarks(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView view) {
                String page = request.getRequestURI().substring(request.getContextPath().length());
                if ("GET".equals(request.getMethod()) && response.getStatus() < 300
                        && ITEM_PAGES.matcher(page).matches()) {
                    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                    if (authentication != null && authentication.getPrincipal() instanceof CoopFlowPrincipal me) {
                        inbox.pageOpened(me.getUsername(), page);
                    }
                }
            }
        }).addPathPatterns("/requests/*", "/tasks/*");
    }
}
