package org.coopflow.translation;

import java.util.Locale;

import jakarta.validation.Valid;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The glossary of public-administration terms ({@code /translation/glossary}): the translation desk adds, edits,
 * retires and restores terms, each change kept with who made it; managers read it. Anyone else: 403.
 */
@Controller
@WebPage
@RequestMapping("/translation/glossary")
class GlossaryPages {

    static final String VIEW_GLOSSARY = "translation/glossary";
    static final String VIEW_TERM = "translation/term";

    private final Glossary glossary;
    private final MessageSource messages;

    GlossaryPages(Glossary glossary, MessageSource messages) {
        this.glossary = glossary;
        this.messages = messages;
    }

    @GetMapping
    String showGlossary(@AuthenticationPrincipal CoopFlowPrincipal me,
                        @RequestParam(defaultValue = "false") boolean retired, Model model) {
        mayRead(me.user());
        model.addAttribute("terms", glossary.terms(retired));
        model.addAttribute("showingRetired", retired);
        model.addAttribute("mayEdit", me.user().has(Role.TRANSLATOR));
        if (!model.containsAttribute("termForm")) {
            model.addAttribute("termForm", new GlossaryForm());
        }
        return VIEW_GLOSSARY;
    }

    @PostMapping
    String processCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me,
                               @Valid @ModelAttribute("termForm") GlossaryForm form, BindingResult result, Model model,
                               RedirectAttributes redirect, Locale locale) {
        mayEdit(me.user());
        if (result.hasErrors()) {
            return showGlossary(me, false, model);
        }
        Long id = glossary.add(form, me.user().username());
        redirect.addFlashAttribute("notice", text("glossary.notice.added", locale, form.getTermEn().strip()));
        return "redirect:/translation/glossary#term-" + id;
    }

    @GetMapping("/{id}")
    String initUpdateForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id, Model model) {
        mayRead(me.user());
        GlossaryTerm term = glossary.term(id);
        model.addAttribute("term", term);
        model.addAttribute("history", glossary.history(id));
        model.addAttribute("mayEdit", me.user().has(Role.TRANSLATOR));
        if (!model.containsAttribute("termForm")) {
            model.addAttribute("termForm", GlossaryForm.of(term));
        }
        return VIEW_TERM;
    }

    @PostMapping("/{id}")
    String processUpdateForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                             @Valid @ModelAttribute("termForm") GlossaryForm form, BindingResult result, Model model,
                             RedirectAttributes redirect, Locale locale) {
        mayEdit(me.user());
        if (!result.hasErrors()) {
            try {
                glossary.edit(id, form, me.user().username());
                redirect.addFlashAttribute("notice", text("glossary.notice.saved", locale, form.getTermEn().strip()));
                return "redirect:/translation/glossary/" + id;
            } catch (ConflictException meanwhile) {
                result.reject(meanwhile.messageCode());
            }
        }
        return initUpdateForm(me, id, model);
    }

    @PostMapping("/{id}/retire")
    String retireTerm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                      @RequestParam(defaultValue = "true") boolean retired, @RequestParam int version,
                      RedirectAttributes redirect, Locale locale) {
        mayEdit(me.user());
        GlossaryTerm term = glossary.term(id);
        try {
            glossary.retire(id, retired, version, me.user().username());
            redirect.addFlashAttribute("notice", text(retired ? "glossary.notice.retired" : "glossary.notice.restored",
                    locale, term.termEn()));
        } catch (ConflictException meanwhile) {
            redirect.addFlashAttribute("problem", text(meanwhile.messageCode(), locale));
        }
        return "redirect:/translation/glossary/" + id;
    }

    private static void mayRead(CurrentUser user) {
        if (!user.has(Role.TRANSLATOR) && !user.has(Role.MANAGER)) {
            throw new ForbiddenException("glossary.forbidden");
        }
    }

    private static void mayEdit(CurrentUser user) {
        if (!user.has(Role.TRANSLATOR)) {
            throw new ForbiddenException("glossary.forbidden");
        }
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
