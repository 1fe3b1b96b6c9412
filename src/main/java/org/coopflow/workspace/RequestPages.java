package org.coopflow.workspace;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.coopflow.attachment.Attachments;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.inbox.Inbox;
import org.coopflow.reference.ReferenceData;
import org.coopflow.request.RequestFilter;
import org.coopflow.request.RequestMessage;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestStatus;
import org.coopflow.request.RequestSummary;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.Page;
import org.coopflow.web.DateDisplay;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The request pages: the list (a partner's own requests, officials' search) and one request with its documents,
 * messages and the partner's withdrawal. The submission form is {@link RequestFormPages}.
 */
@Controller
@WebPage
class RequestPages {

    static final String VIEW_LIST = "requests/list";
    static final String VIEW_DETAIL = "requests/show";
    static final int PAGE_SIZE = 50;

    private final RequestService requests;
    private final RequestDrafts drafts;
    private final RequestViews views;
    private final ReferenceData reference;
    private final Attachments attachments;
    private final DateDisplay dates;
    private final MessageSource messages;
    private final Inbox inbox;

    RequestPages(RequestService requests, RequestDrafts drafts, RequestViews views, ReferenceData reference,
                 Attachments attachments, DateDisplay dates, MessageSource messages, Inbox inbox) {
        this.requests = requests;
        this.drafts = drafts;
        this.views = views;
        this.reference = reference;
        this.attachments = attachments;
        this.dates = dates;
        this.messages = messages;
        this.inbox = inbox;
    }

    @GetMapping("/requests")
    String listRequests(@AuthenticationPrincipal CoopFlowPrincipal me, @ModelAttribute("search") RequestSearch search,
                        BindingResult searchErrors, @RequestParam(required = false) Integer page,
                        HttpServletRequest http, Model model, Locale locale) {
        CurrentUser user = me.user();
        RequestFilter filter = user.isPartner() ? RequestFilter.none() : search.toFilter(dates.zone());
        Page<RequestSummary> result = requests.list(user, filter, Page.clampPage(page), PAGE_SIZE);
        model.addAttribute("partner", user.isPartner());
        model.addAttribute("draftSavedAt", user.isPartner()
                ? drafts.find(user.username()).map(RequestDrafts.Draft::savedAt).orElse(null) : null);
        model.addAttribute("rows", views.rows(user, result.items(), locale));
        model.addAttribute("result", result);
        model.addAttribute("countLimit", Page.COUNT_LIMIT);
        model.addAttribute("previousUrl", result.page() > 0 ? pageUrl(http, result.page() - 1) : null);
        model.addAttribute("nextUrl", result.hasNext() ? pageUrl(http, result.page() + 1) : null);
        if (!user.isPartner()) {
            model.addAttribute("sectors", reference.sectors(locale));
            model.addAttribute("agencies", reference.agencies(locale));
            model.addAttribute("countries", reference.partnerCountries(locale));
            model.addAttribute("statuses", RequestStatus.values());
        }
        return VIEW_LIST;
    }

    @GetMapping("/requests/{id}")
    String showRequest(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id, Model model,
                       Locale locale) {
        model.addAttribute("view", views.detail(me.user(), id, locale));
        if (!model.containsAttribute("messageForm")) {
            model.addAttribute("messageForm", new MessageForm());
        }
        if (!model.containsAttribute("withdrawalForm")) {
            model.addAttribute("withdrawalForm", new WithdrawalForm());
        }
        model.addAttribute("accept", attachments.acceptHint());
        model.addAttribute("maxUploadSize", attachments.settings().maxSizeText());
        model.addAttribute("maxUploadBytes", attachments.settings().maxSize().toBytes());
        return VIEW_DETAIL;
    }

    @PostMapping("/requests/{id}/messages")
    String processMessageForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                              @Valid @ModelAttribute("messageForm") MessageForm form, BindingResult result,
                              Model model, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            return backToRequest(id, "messageForm", form, result, redirect, "#messages");
        }
        RequestMessage posted;
        try {
            posted = requests.postMessage(me.user(), id, form.getText(), form.isTranslate());
        } catch (InvalidInputException noLanguage) {
            String code = noLanguage.fieldErrors().getOrDefault("translate", noLanguage.messageCode());
            redirect.addFlashAttribute("problem", messages.getMessage(code, null, code, locale));
            return "redirect:/requests/" + id + "#messages";
        }
        if (!posted.sent()) {
            // with the translation desk: nobody is told yet, the partner gets it with its translation
            redirect.addFlashAttribute("notice", messages.getMessage("requests.notice.messageAtDesk", null, locale));
            return "redirect:/requests/" + id + "#messages";
        }
        // "e-mailed" only when someone was: the inbox knows whom it mailed about this message
        long mailed = inbox.mailedAboutMessage(posted.id());
        redirect.addFlashAttribute("notice", mailed > 0
                ? messages.getMessage("requests.notice.messageSentMailed", new Object[]{mailed}, locale)
                : messages.getMessage("requests.notice.messageSent", null, locale));
        return "redirect:/requests/" + id + "#messages";
    }

    @PostMapping("/requests/{id}/withdraw")
    String processWithdrawalForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                                 @Valid @ModelAttribute("withdrawalForm") WithdrawalForm form, BindingResult result,
                                 Model model, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            return backToRequest(id, "withdrawalForm", form, result, redirect, "#withdraw");
        }
        try {
            requests.withdraw(me.user(), id, form.getReason());
            redirect.addFlashAttribute("notice", messages.getMessage("requests.notice.withdrawn", null, locale));
        } catch (ConflictException closedMeanwhile) {
            redirect.addFlashAttribute("problem", messages.getMessage(closedMeanwhile.messageCode(), null, locale));
        }
        return "redirect:/requests/" + id;
    }

    /**
     * Post-redirect-get after an error: the request page again, with the form as typed and its errors (both travel in
     * the session for that one page), so a reload never sends it again.
     */
    private static String backToRequest(Long id, String formName, Object form, BindingResult result,
                                        RedirectAttributes redirect, String anchor) {
        redirect.addFlashAttribute(formName, form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + formName, result);
        return "redirect:/requests/" + id + anchor;
    }

    private static String pageUrl(HttpServletRequest http, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/requests").query(http.getQueryString());
        return (page == 0 ? url.replaceQueryParam("page") : url.replaceQueryParam("page", page))
                .replaceQueryParam("lang").build().toUriString();
    }
}
