package org.coopflow.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.LoginAudit;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.Page;
import org.springframework.context.MessageSource;
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
 * Account administration pages (ADMIN only, also enforced by SecurityConfiguration for /admin/**): the list with a
 * search, an account with its details, groups, state and history, and the actions — each a POST with its CSRF token,
 * each audited. A temporary password is shown once, on the page after the action, and never stored in clear.
 */
@Controller
@org.coopflow.web.WebPage
class AccountAdminPages {

    static final String VIEW_LIST = "admin/accounts";
    static final String VIEW_ACCOUNT = "admin/account";
    static final String VIEW_NEW = "admin/account-new";
    static final String VIEW_SIGN_INS = "admin/sign-ins";
    static final String VIEW_CHANGES = "admin/account-changes";

    private final Accounts accounts;
    private final LoginAudit loginAudit;
    private final MessageSource messages;

    AccountAdminPages(Accounts accounts, LoginAudit loginAudit, MessageSource messages) {
        this.accounts = accounts;
        this.loginAudit = loginAudit;
        this.messages = messages;
    }

    @GetMapping("/admin/accounts")
    String list(@AuthenticationPrincipal CoopFlowPrincipal me, @RequestParam(name = "q", required = false) String search,
                @RequestParam(name = "group", required = false) String group,
                @RequestParam(name = "page", required = false) Integer page, Model model) {
        model.addAttribute("accounts", accounts.find(me.user(), search, group, Page.clampPage(page), 50));
        model.addAttribute("q", search);
        model.addAttribute("group", group);
        model.addAttribute("groups", accounts.groups());
        return VIEW_LIST;
    }

    @GetMapping("/admin/accounts/new")
    String initCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me, Model model) {
        if (!model.containsAttribute("account")) {
            model.addAttribute("account", new AccountForm());
        }
        return creationForm(me, model);
    }

    @PostMapping("/admin/accounts/new")
    String processCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me, @ModelAttribute("account") AccountForm form,
                               HttpServletRequest request, HttpServletResponse response, Model model,
                               RedirectAttributes redirect) {
        try {
            String temporary = accounts.create(me.user(), form, request.getRemoteAddr());
            redirect.addFlashAttribute("temporaryPassword", temporary);
            return "redirect:/admin/accounts/" + form.getUsername().strip().toLowerCase(Locale.ROOT);
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.fieldErrors());
            response.setStatus(400);
            return creationForm(me, model);
        }
    }

    @GetMapping("/admin/accounts/{username}")
    String show(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username,
                @RequestParam(name = "page", required = false) Integer page, Model model) {
        Accounts.AccountView account = accounts.account(me.user(), username);
        model.addAttribute("view", account);
        if (!model.containsAttribute("account")) {
            AccountForm form = new AccountForm();
            form.setDisplayName(account.displayName());
            form.setEmail(account.email());
            form.setOrganisationCode(account.organisationCode());
            form.setLocale(account.locale());
            form.setTimeZone(account.timeZone());
            form.setGroups(account.groups());
            model.addAttribute("account", form);
        }
        model.addAttribute("groups", accounts.groups());
        model.addAttribute("organisations", accounts.organisations());
        model.addAttribute("changes", accounts.changes(me.user(), username, 0, 20));
        model.addAttribute("signIns", loginAudit.find(username, null, 0, 20));
        return VIEW_ACCOUNT;
    }

    @PostMapping("/admin/accounts/{username}")
    String update(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username,
                  @ModelAttribute("account") AccountForm form, HttpServletRequest request, HttpServletResponse response,
                  Model model, RedirectAttributes redirect, Locale locale) {
        try {
            accounts.update(me.user(), username, form, request.getRemoteAddr());
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.fieldErrors());
            response.setStatus(400);
            return show(me, username, 0, model);
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", messages.getMessage(conflict.messageCode(), null, locale));
            return "redirect:/admin/accounts/" + username;
        }
        return done(redirect, "account.admin.saved", username, locale);
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username,
                   HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        return action(redirect, username, locale, "account.admin.disabled",
                () -> accounts.setEnabled(me.user(), username, false, request.getRemoteAddr()));
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username,
                  HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        return action(redirect, username, locale, "account.admin.enabled",
                () -> accounts.setEnabled(me.user(), username, true, request.getRemoteAddr()));
    }

    @PostMapping("/admin/accounts/{username}/unlock")
    String unlock(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username,
                  HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        return action(redirect, username, locale, "account.admin.unlocked",
                () -> accounts.unlock(me.user(), username, request.getRemoteAddr()));
    }

    @PostMapping("/admin/accounts/{username}/reset-password")
    String resetPassword(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username,
                         HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("temporaryPassword",
                accounts.resetPassword(me.user(), username, request.getRemoteAddr()));
        return "redirect:/admin/accounts/" + username;
    }

    @PostMapping("/admin/accounts/{username}/reset-second-factor")
    String resetSecondFactor(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable("username") String username,
                             HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        return action(redirect, username, locale, "account.admin.secondFactorReset",
                () -> accounts.resetSecondFactor(me.user(), username, request.getRemoteAddr()));
    }

    @GetMapping("/admin/sign-ins")
    String signIns(@AuthenticationPrincipal CoopFlowPrincipal me,
                   @RequestParam(name = "user", required = false) String username,
                   @RequestParam(name = "event", required = false) LoginAudit.Event event,
                   @RequestParam(name = "page", required = false) Integer page, Model model) {
        Accounts.requireAdmin(me.user());
        model.addAttribute("events", loginAudit.find(username, event, Page.clampPage(page), 100));
        model.addAttribute("user", username);
        model.addAttribute("event", event);
        model.addAttribute("eventChoices", LoginAudit.Event.values());
        return VIEW_SIGN_INS;
    }

    @GetMapping("/admin/account-changes")
    String changes(@AuthenticationPrincipal CoopFlowPrincipal me,
                   @RequestParam(name = "user", required = false) String username,
                   @RequestParam(name = "page", required = false) Integer page, Model model) {
        model.addAttribute("changes", accounts.changes(me.user(), username, Page.clampPage(page), 100));
        model.addAttribute("user", username);
        return VIEW_CHANGES;
    }

    private String creationForm(CoopFlowPrincipal me, Model model) {
        Accounts.requireAdmin(me.user());
        model.addAttribute("groups", accounts.groups());
        model.addAttribute("organisations", accounts.organisations());
        return VIEW_NEW;
    }

    private String action(RedirectAttributes redirect, String username, Locale locale, String notice, Runnable action) {
        try {
            action.run();
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", messages.getMessage(conflict.messageCode(), null, locale));
            return "redirect:/admin/accounts/" + username;
        }
        return done(redirect, notice, username, locale);
    }

    private String done(RedirectAttributes redirect, String notice, String username, Locale locale) {
        redirect.addFlashAttribute("notice", messages.getMessage(notice, null, locale));
        return "redirect:/admin/accounts/" + username;
    }
}
