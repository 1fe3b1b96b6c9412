package org.coopflow.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
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
 * The experts' pages (ADMIN only): the list by agency, sector and availability with each expert's load; registering
 * an account of an agency's experts' group as an expert; an expert's page — agency, title, sectors, languages, the
 * load they can carry, availability, what they hold now, the changes. Every action a POST with its CSRF token.
 */
@Controller
@WebPage
class ExpertPages {

    static final String VIEW_LIST = "reference/experts";
    static final String VIEW_EXPERT = "reference/expert";

    private final Experts experts;
    private final ReferenceData reference;
    private final ReferenceChanges changes;
    private final AdminPageSupport support;

    ExpertPages(Experts experts, ReferenceData reference, ReferenceChanges changes, AdminPageSupport support) {
        this.experts = experts;
        this.reference = reference;
        this.changes = changes;
        this.support = support;
    }

    @GetMapping("/admin/experts")
    String list(@AuthenticationPrincipal CoopFlowPrincipal me,
                @RequestParam(name = "agency", required = false) String agency,
                @RequestParam(name = "sector", required = false) String sector,
                @RequestParam(name = "available", required = false) Boolean available, Model model, Locale locale) {
        model.addAttribute("lines", experts.list(me.user(), agency, sector, available));
        model.addAttribute("agency", agency);
        model.addAttribute("sector", sector);
        model.addAttribute("available", available);
        model.addAttribute("agencies", reference.agencies(locale));
        model.addAttribute("sectors", reference.sectors(locale));
        return VIEW_LIST;
    }

    @GetMapping("/admin/experts/new")
    String initCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me,
                            @RequestParam(name = "username", required = false) String username, Model model,
                            Locale locale) {
        ExpertForm form = new ExpertForm();
        form.setUsername(username);
        form.setMaxLoad(3);
        List<String> agencies = experts.expertAgenciesOf(username);
        if (agencies.size() == 1) {
            form.setAgencyCode(agencies.get(0));
        }
        return creationForm(me, form, model, locale);
    }

    @PostMapping("/admin/experts/new")
    String processCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me, @ModelAttribute("form") ExpertForm form,
                               HttpServletRequest request, HttpServletResponse response, Model model,
                               RedirectAttributes redirect, Locale locale) {
        try {
            String username = experts.register(me.user(), form, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", support.message("reference.notice.created.EXPERT",
                    new Object[]{username}, locale));
            return "redirect:/admin/experts/" + username;
        } catch (InvalidInputException invalid) {
            support.invalid(invalid, model, response);
            return creationForm(me, form, model, locale);
        }
    }

    @GetMapping("/admin/experts/{username}")
    String show(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username, Model model,
                Locale locale) {
        Experts.View view = experts.view(me.user(), username);
        if (!model.containsAttribute("form")) {
            ExpertForm form = new ExpertForm();
            form.setUsername(username);
            form.setAgencyCode(view.expert().agencyCode());
            form.setTitle(view.expert().title());
            form.setSectors(new ArrayList<>(view.sectors()));
            form.setLanguages(new ArrayList<>(Arrays.asList(view.expert().languages().split(","))));
            form.setMaxLoad(view.expert().maxLoad());
            form.setAvailable(view.expert().available());
            form.setVersion(view.expert().version());
            model.addAttribute("form", form);
        }
        return page(me, view, model, locale);
    }

    @PostMapping("/admin/experts/{username}")
    String update(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username,
                  @ModelAttribute("form") ExpertForm form, HttpServletRequest request, HttpServletResponse response,
                  Model model, RedirectAttributes redirect, Locale locale) {
        form.setUsername(username);
        try {
            experts.update(me.user(), username, form, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", support.message("reference.notice.saved", null, locale));
            return "redirect:/admin/experts/" + username;
        } catch (InvalidInputException invalid) {
            support.invalid(invalid, model, response);
        } catch (ConflictException conflict) {
            support.conflict(conflict, ReferenceKind.EXPERT, username, model, response, locale);
            form.setVersion(experts.view(me.user(), username).expert().version());
        }
        return page(me, experts.view(me.user(), username), model, locale);
    }

    @PostMapping("/admin/experts/{username}/unavailable")
    String unavailable(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username,
                       @RequestParam(name = "version", required = false) Integer version, HttpServletRequest request,
                       RedirectAttributes redirect, Locale locale) {
        return setAvailable(me, username, false, version, request, redirect, locale);
    }

    @PostMapping("/admin/experts/{username}/available")
    String available(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username,
                     @RequestParam(name = "version", required = false) Integer version, HttpServletRequest request,
                     RedirectAttributes redirect, Locale locale) {
        return setAvailable(me, username, true, version, request, redirect, locale);
    }

    private String setAvailable(CoopFlowPrincipal me, String username, boolean available, Integer version,
                                HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        try {
            experts.setAvailable(me.user(), username, available, version, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", support.message(available ? "reference.notice.available"
                    : "reference.notice.unavailable", null, locale));
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", support.message(conflict, locale));
        }
        return "redirect:/admin/experts/" + username;
    }

    private String creationForm(CoopFlowPrincipal me, ExpertForm form, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("creating", true);
        model.addAttribute("candidates", experts.candidates(me.user()));
        choices(form, List.of(), List.of(), model, locale);
        return VIEW_EXPERT;
    }

    private String page(CoopFlowPrincipal me, Experts.View view, Model model, Locale locale) {
        model.addAttribute("view", view);
        model.addAttribute("creating", false);
        model.addAttribute("changes", changes.find(ReferenceKind.EXPERT, view.expert().username(), 0, 20, locale));
        choices((ExpertForm) model.getAttribute("form"), view.sectors(),
                Arrays.asList(view.expert().languages().split(",")), model, locale);
        return VIEW_EXPERT;
    }

    /** The sectors and languages to choose from: those offered, and those the expert has though retired since. */
    private void choices(ExpertForm form, List<String> hadSectors, List<String> hadLanguages, Model model,
                         Locale locale) {
        List<String> offered = reference.offeredSectors(locale).stream().map(ReferenceData.Option::code).toList();
        List<ReferenceData.Option> sectors = reference.sectors(locale).stream()
                .filter(s -> offered.contains(s.code()) || hadSectors.contains(s.code())).toList();
        List<ReferenceData.Option> languages = new ArrayList<>(reference.languages(locale));
        hadLanguages.stream().filter(code -> languages.stream().noneMatch(l -> l.code().equals(code)))
                .forEach(code -> languages.add(new ReferenceData.Option(code,
                        support.messageOr("language." + code, code, locale), null)));
        model.addAttribute("sectorChoices", sectors);
        model.addAttribute("languageChoices", languages);
        model.addAttribute("agencies", reference.offeredAgencies(locale));
        model.addAttribute("expertAgencies", form == null ? List.of() : experts.expertAgenciesOf(form.getUsername()));
    }
}
