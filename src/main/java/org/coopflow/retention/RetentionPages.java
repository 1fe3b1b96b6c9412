package org.coopflow.retention;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.web.WebPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The retention settings and the engine's last history cleanup runs, for administrators ({@code /admin/retention}). */
@Controller
@WebPage
class RetentionPages {

    static final String VIEW_RETENTION = "retention/show";

    private final RetentionOverview retention;

    RetentionPages(RetentionOverview retention) {
        this.retention = retention;
    }

    @GetMapping("/admin/retention")
    String showRetention(@AuthenticationPrincipal CoopFlowPrincipal me, Model model) {
        model.addAttribute("retention", retention.overview(me.user()));
        return VIEW_RETENTION;
    }
}
