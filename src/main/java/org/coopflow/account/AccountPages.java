package org.coopflow.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.UserPreferences;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own account: the password (forced after a temporary one), and the language kept with the account. */
@Controller
@WebPage
class AccountPages {

    static final String VIEW_PASSWORD = "account/password";

    private final OwnAccount ownAccount;
    private final UserPreferences preferences;
    private final LocaleResolver locales;
    private final HttpSessionSecurityContextRepository contexts;
    private final MessageSource messages;

    AccountPages(OwnAccount ownAccount, UserPreferences preferences, LocaleResolver locales,
                 HttpSessionSecurityContextRepository contexts, MessageSource messages) {
        this.ownAccount = ownAccount;
        this.preferences = preferences;
        this.locales = locales;
        this.contexts = contexts;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String initPasswordForm(@AuthenticationPrincipal CoopFlowPrincipal me, Model model) {
        model.addAttribute("mustChange", me.mustChangePassword());
        return VIEW_PASSWORD;
    }

    @PostMapping("/account/password")
    String processPasswordForm(@AuthenticationPrincipal CoopFlowPrincipal me,
                               @RequestParam(name = "currentPassword", required = false) String current,
                               @RequestParam(name = "newPassword", required = false) String password,
                               @RequestParam(name = "repeatPassword", required = false) String repeated,
                               HttpServletRequest request, HttpServletResponse response, Model model,
                               RedirectAttributes redirect, Locale locale) {
        boolean wasTemporary = me.mustChangePassword();
        String newHash;
        try {
            newHash = ownAccount.changePassword(me.user(), current, password, repeated, request.getRemoteAddr(),
                    request.getSession().getId());
        } catch (InvalidInputException invalid) {
            model.addAttribute("mustChange", me.mustChangePassword());
            model.addAttribute("errors", invalid.fieldErrors());
            response.setStatus(400);
            return VIEW_PASSWORD;
        }
        // This session goes on with the changed account (no longer "must change").
        Authentication current0 = SecurityContextHolder.getContext().getAuthentication();
        CoopFlowPrincipal changed = me.withPasswordChanged(newHash);
        UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(changed, null,
                changed.getAuthorities());
        updated.setDetails(current0 == null ? null : current0.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("notice", messages.getMessage("account.password.changed", null, locale));
        return wasTemporary ? "redirect:/" : "redirect:/account/password";
    }

    /** The language switch of every page: a POST (a GET ?lang= changes only this visit, never the account). */
    @PostMapping("/account/language")
    String chooseLanguage(@RequestParam("lang") String language, @RequestParam(name = "here", required = false) String here,
                          @AuthenticationPrincipal CoopFlowPrincipal me, HttpServletRequest request,
                          HttpServletResponse response) {
        Locale chosen = Locale.forLanguageTag(language);
        locales.setLocale(request, response, chosen);
        if (me != null && locales.resolveLocale(request).getLanguage().equals(chosen.getLanguage())) {
            preferences.saveLocale(me.getUsername(), chosen);
        }
        return "redirect:" + (isLocalPath(here) ? here : "/");
    }

    /** Only a path of this site: never //host or a scheme (no open redirect). */
    static boolean isLocalPath(String here) {
        return here != null && here.startsWith("/") && !here.startsWith("//") && !here.startsWith("/\\")
                && here.length() < 2000 && here.chars().noneMatch(c -> c < 0x20);
    }
}
