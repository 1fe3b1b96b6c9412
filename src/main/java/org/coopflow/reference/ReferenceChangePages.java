package org.coopflow.reference;

import java.util.Locale;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.shared.Page;
import org.coopflow.web.WebPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every change to reference data, newest first, by kind and record (ADMIN only): who, when, what, before and after. */
@Controller
@WebPage
class ReferenceChangePages {

    static final String VIEW_CHANGES = "reference/changes";
    static final int PAGE_SIZE = 100;

    private final ReferenceChanges changes;

    ReferenceChangePages(ReferenceChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/admin/reference-changes")
    String changes(@AuthenticationPrincipal CoopFlowPrincipal me,
                   @RequestParam(name = "kind", required = false) ReferenceKind kind,
                   @RequestParam(name = "code", required = false) String code,
                   @RequestParam(name = "page", required = false) Integer page, Model model, Locale locale) {
        AdminRules.requireAdmin(me.user());
        model.addAttribute("changes", changes.find(kind, code, Page.clampPage(page), PAGE_SIZE, locale));
        model.addAttribute("kind", kind);
        model.addAttribute("code", code);
        model.addAttribute("kinds", ReferenceKind.values());
        model.addAttribute("pageSize", PAGE_SIZE);
        return VIEW_CHANGES;
    }
}
