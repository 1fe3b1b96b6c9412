package org.coopflow.reference;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
 * The pages of partner organisations ({@code /admin/partners}) and Korean agencies ({@code /admin/agencies}), ADMIN
 * only: the list, a new one, and each one's page — its names, its accounts and groups (leading to the account pages),
 * for an agency the sectors the routing decision sends it and its experts, where it is used, its changes — with
 * deactivate and activate. Every action a POST with its CSRF token.
 */
@Controller
@WebPage
class OrganisationPages {

    static final String VIEW_LIST = "reference/organisations";
    static final String VIEW_ORGANISATION = "reference/organisation";

    /** The two kinds of organisation by their address segment. */
    private static final Map<String, String> KINDS = Map.of("partners", Organisations.PARTNER,
            "agencies", Organisations.AGENCY);

    private final Organisations organisations;
    private final ReferenceData reference;
    private final ReferenceChanges changes;
    private final AdminPageSupport support;

    OrganisationPages(Organisations organisations, ReferenceData reference, ReferenceChanges changes,
                      AdminPageSupport support) {
        this.organisations = organisations;
        this.reference = reference;
        this.changes = changes;
        this.support = support;
    }

    @GetMapping("/admin/reference")
    String start() {
        return "redirect:/admin/partners";
    }

    @GetMapping({"/admin/partners", "/admin/agencies"})
    String list(@AuthenticationPrincipal CoopFlowPrincipal me, HttpServletRequest request, Model model,
                Locale locale) {
        String path = segment(request);
        model.addAttribute("path", path);
        model.addAttribute("kind", KINDS.get(path));
        model.addAttribute("lines", organisations.list(me.user(), KINDS.get(path), locale));
        return VIEW_LIST;
    }

    @GetMapping({"/admin/partners/new", "/admin/agencies/new"})
    String initCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me, HttpServletRequest request, Model model,
                            Locale locale) {
        AdminRules.requireAdmin(me.user());
        return creationForm(segment(request), new OrganisationForm(), model, locale);
    }

    @PostMapping({"/admin/partners/new", "/admin/agencies/new"})
    String processCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me,
                               @ModelAttribute("form") OrganisationForm form, HttpServletRequest request,
                               HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
        String path = segment(request);
        try {
            String code = organisations.create(me.user(), KINDS.get(path), form, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", support.message("reference.notice.created." + KINDS.get(path),
                    new Object[]{code}, locale));
            return "redirect:/admin/" + path + "/" + code;
        } catch (InvalidInputException invalid) {
            support.invalid(invalid, model, response);
            return creationForm(path, form, model, locale);
        }
    }

    @GetMapping({"/admin/partners/{code}", "/admin/agencies/{code}"})
    String show(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("code") String code,
                HttpServletRequest request, Model model, Locale locale) {
        String path = segment(request);
        Organisations.View view = organisations.view(me.user(), KINDS.get(path), code);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form(view));
        }
        return page(path, view, model, locale);
    }

    @PostMapping({"/admin/partners/{code}", "/admin/agencies/{code}"})
    String update(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("code") String code,
                  @ModelAttribute("form") OrganisationForm form, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
        String path = segment(request);
        String kind = KINDS.get(path);
        try {
            String saved = organisations.update(me.user(), kind, code, form, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", support.message("reference.notice.saved", null, locale));
            return "redirect:/admin/" + path + "/" + saved;
        } catch (InvalidInputException invalid) {
            support.invalid(invalid, model, response);
        } catch (ConflictException conflict) {
            support.conflict(conflict, Organisations.referenceKind(kind), code, model, response, locale);
            form.setVersion(organisations.view(me.user(), kind, code).row().version());
        }
        return page(path, organisations.view(me.user(), kind, code), model, locale);
    }

    @PostMapping({"/admin/partners/{code}/deactivate", "/admin/agencies/{code}/deactivate"})
    String deactivate(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("code") String code,
                      @RequestParam(name = "version", required = false) Integer version, HttpServletRequest request,
                      RedirectAttributes redirect, Locale locale) {
        return setActive(me, code, false, version, request, redirect, locale);
    }

    @PostMapping({"/admin/partners/{code}/activate", "/admin/agencies/{code}/activate"})
    String activate(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("code") String code,
                    @RequestParam(name = "version", required = false) Integer version, HttpServletRequest request,
                    RedirectAttributes redirect, Locale locale) {
        return setActive(me, code, true, version, request, redirect, locale);
    }

    private String setActive(CoopFlowPrincipal me, String code, boolean active, Integer version,
                             HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        String path = segment(request);
        try {
            organisations.setActive(me.user(), KINDS.get(path), code, active, version, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", support.message(active ? "reference.notice.activated"
                    : "reference.notice.deactivated", null, locale));
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", support.message(conflict, locale));
        }
        return "redirect:/admin/" + path + "/" + code;
    }

    private String creationForm(String path, OrganisationForm form, Model model, Locale locale) {
        model.addAttribute("path", path);
        model.addAttribute("kind", KINDS.get(path));
        model.addAttribute("form", form);
        model.addAttribute("creating", true);
        choices(model, locale);
        return VIEW_ORGANISATION;
    }

    private String page(String path, Organisations.View view, Model model, Locale locale) {
        model.addAttribute("path", path);
        model.addAttribute("kind", KINDS.get(path));
        model.addAttribute("view", view);
        model.addAttribute("creating", false);
        model.addAttribute("changes", changes.find(Organisations.referenceKind(view.row().kind()), view.row().code(),
                0, 20, locale));
        choices(model, locale);
        return VIEW_ORGANISATION;
    }

    private void choices(Model model, Locale locale) {
        model.addAttribute("pageLanguages", ReferenceNames.PAGE_LANGUAGES);
        model.addAttribute("ministryTypes", MinistryType.values());
        model.addAttribute("ownLanguages", reference.languages(locale));
        model.addAttribute("countries", java.util.Arrays.stream(Locale.getISOCountries())
                .filter(c -> !"KR".equals(c))
                .map(c -> new ReferenceData.Option(c, ReferenceData.countryName(c, locale), null))
                .sorted(java.util.Comparator.comparing(ReferenceData.Option::label,
                        java.text.Collator.getInstance(locale)))
                .toList());
    }

    private static OrganisationForm form(Organisations.View view) {
        OrganisationForm form = new OrganisationForm();
        form.setCode(view.row().code());
        form.setCountryCode(view.row().countryCode());
        form.setMinistryType(view.row().ministryType());
        form.setOwnLanguage(view.row().ownLanguage());
        Map<String, String> names = new LinkedHashMap<>(view.names());
        if (view.row().ownLanguage() != null && names.containsKey(view.row().ownLanguage())
                && !"en".equals(view.row().ownLanguage()) && !"ko".equals(view.row().ownLanguage())) {
            names.put("own", names.get(view.row().ownLanguage()));
        }
        form.setNames(names);
        form.setVersion(view.row().version());
        return form;
    }

    /** "partners" or "agencies", from the address asked for. */
    private static String segment(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/admin/agencies") ? "agencies" : "partners";
    }
}
