package org.coopflow.web;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, and the landing page each kind of user starts from. */
@Controller
@WebPage
class HomeController {

    static final String VIEW_LOGIN = "login";

    @GetMapping("/login")
    String login() {
        return VIEW_LOGIN;
    }

    /** A notice meant for the start page (e.g. "your password was changed") follows on to the landing page. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal CoopFlowPrincipal me, org.springframework.ui.Model model,
                org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        if (model.getAttribute("notice") != null) {
            redirect.addFlashAttribute("notice", model.getAttribute("notice"));
        }
        return "redirect:" + landingPage(me.user());
    }

    /** Partners start from their requests, managers from the search, officials from their tasks. */
    static String landingPage(CurrentUser user) {
        if (user.isPartner()) {
            return "/requests";
        }
        if (user.has(Role.MANAGER)) {
            return "/requests";
        }
        if (user.has(Role.ADMIN) && user.roles().size() == 1) {
            return "/admin/accounts";
        }
        return "/tasks";
    }
}
