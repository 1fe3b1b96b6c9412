package org.coopflow.reference;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.web.WebPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lists' pages (ADMIN; also guarded by path): sectors, modalities and working languages, each code's page with its
 * names in the four languages, where it is used, and its changes; add, save, retire, offer again — each a POST with
 * its CSRF token, each in the change log.
 */
@Controller
@WebPage
class ListPages {

    static final String VIEW_LIST = "reference/list";
    static final String VIEW_ENTRY = "reference/list-entry";

    private final ReferenceLists lists;
    private final ReferenceChanges changes;
    private final AdminPageSupport support;

    ListPages(ReferenceLists lists, ReferenceChanges changes, AdminPageSupport support) {
        this.lists = lists;
        this.changes = changes;
        this.support = support;
    }

    @GetMapping("/admin/lists/{kind}")
    String list(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("kind") String path, Model model,
                Locale locale) {
        ReferenceKind kind = kind(path);
        model.addAttribute("kind", kind);
        model.addAttribute("rows", lists.list(me.user(), kind, locale));
        return VIEW_LIST;
    }

    @GetMapping("/admin/lists/{kind}/new")
    String initCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("kind") String path,
                            Model model, Locale locale) {
        ReferenceKind kind = kind(path);
        ListForm form = new ListForm();
        // at the end of the list, before "Anything else" for sectors
        form.setSortOrder(lists.list(me.user(), kind, locale).stream().mapToInt(ReferenceLists.ListRow::sortOrder)
                .filter(order -> order < 999).max().orElse(0) + 10);
        return creationForm(kind, form, model);
    }

    @PostMapping("/admin/lists/{kind}/new")
    String processCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("kind") String path,
                               @ModelAttribute("form") ListForm form, HttpServletRequest request,
                               HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
        ReferenceKind kind = kind(path);
        try {
            String code = lists.create(me.user(), kind, form, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", support.message("reference.notice.created." + kind.name(),
                    new Object[]{code}, locale));
            return "redirect:/admin/lists/" + kind.path() + "/" + code;
        } catch (InvalidInputException invalid) {
            support.invalid(invalid, model, response);
            return creationForm(kind, form, model);
        }
    }

    @GetMapping("/admin/lists/{kind}/{code}")
    String show(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("kind") String path,
                @PathVariable("code") String code, Model model, Locale locale) {
        ReferenceKind kind = kind(path);
        ReferenceLists.Entry entry = lists.entry(me.user(), kind, code);
        if (!model.containsAttribute("form")) {
            ListForm form = new ListForm();
            form.setCode(entry.item().code());
            form.setSortOrder(entry.item().sortOrder());
            form.setNames(new java.util.LinkedHashMap<>(entry.names()));
            form.setDescriptions(new java.util.LinkedHashMap<>(entry.descriptions()));
            form.setVersion(entry.item().version());
            model.addAttribute("form", form);
        }
        return entryPage(me, kind, entry, model, locale);
    }

    @PostMapping("/admin/lists/{kind}/{code}")
    String update(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("kind") String path,
                  @PathVariable("code") String code, @ModelAttribute("form") ListForm form,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect,
                  Locale locale) {
        ReferenceKind kind = kind(path);
        try {
            String saved = lists.update(me.user(), kind, code, form, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", support.message("reference.notice.saved", null, locale));
            return "redirect:/admin/lists/" + kind.path() + "/" + saved;
        } catch (InvalidInputException invalid) {
            support.invalid(invalid, model, response);
        } catch (ConflictException conflict) {
            support.conflict(conflict, kind, code, model, response, locale);
            form.setVersion(lists.entry(me.user(), kind, code).item().version());
        }
        return entryPage(me, kind, lists.entry(me.user(), kind, code), model, locale);
    }

    @PostMapping("/admin/lists/{kind}/{code}/retire")
    String retire(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("kind") String path,
                  @PathVariable("code") String code, @RequestParam(name = "version", required = false) Integer version,
                  HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        return setActive(me, kind(path), code, false, version, request, redirect, locale);
    }

    @PostMapping("/admin/lists/{kind}/{code}/reinstate")
    String reinstate(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("kind") String path,
                     @PathVariable("code") String code,
                     @RequestParam(name = "version", required = false) Integer version, HttpServletRequest request,
                     RedirectAttributes redirect, Locale locale) {
        return setActive(me, kind(path), code, true, version, request, redirect, locale);
    }

    private String setActive(CoopFlowPrincipal me, ReferenceKind kind, String code, boolean active, Integer version,
                             HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        try {
            lists.setActive(me.user(), kind, code, active, version, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", support.message(active ? "reference.notice.reinstated"
                    : "reference.notice.retired", null, locale));
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", support.message(conflict, locale));
        }
        return "redirect:/admin/lists/" + kind.path() + "/" + code;
    }

    private String creationForm(ReferenceKind kind, ListForm form, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        model.addAttribute("creating", true);
        model.addAttribute("languages", ReferenceNames.PAGE_LANGUAGES);
        return VIEW_ENTRY;
    }

    private String entryPage(CoopFlowPrincipal me, ReferenceKind kind, ReferenceLists.Entry entry, Model model,
                             Locale locale) {
        model.addAttribute("kind", kind);
        model.addAttribute("entry", entry);
        model.addAttribute("creating", false);
        model.addAttribute("languages", ReferenceNames.PAGE_LANGUAGES);
        model.addAttribute("changes", changes.find(kind, entry.item().code(), 0, 20, locale));
        return VIEW_ENTRY;
    }

    private static ReferenceKind kind(String path) {
        ReferenceKind kind = ReferenceKind.ofList(path);
        if (kind == null) {
            throw new NotFoundException("reference.notFound");
        }
        return kind;
    }
}
