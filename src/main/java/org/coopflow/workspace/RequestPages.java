package org.coopflow.workspace;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.coopflow.attachment.AttachmentRejectedException;
import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.CheckedUpload;
import org.coopflow.attachment.Upload;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.inbox.Inbox;
import org.coopflow.notification.Notifier;
import org.coopflow.reference.Modality;
import org.coopflow.reference.ReferenceData;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestFilter;
import org.coopflow.request.RequestLabels;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestStatus;
import org.coopflow.request.RequestSummary;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.Page;
import org.coopflow.shared.UnprocessableException;
import org.coopflow.web.DateDisplay;
import org.coopflow.web.WebPage;
import org.springframework.beans.BeanWrapperImpl;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The request pages: the list (a partner's own requests, officials' search), the submission form, and one
 * request with its documents, messages and the partner's withdrawal.
 */
@Controller
@WebPage
class RequestPages {

    static final String VIEW_LIST = "requests/list";
    static final String VIEW_FORM = "requests/form";
    static final String VIEW_DETAIL = "requests/show";
    static final int PAGE_SIZE = 50;

    private final RequestService requests;
    private final RequestViews views;
    private final ReferenceData reference;
    private final Attachments attachments;
    private final DateDisplay dates;
    private final MessageSource messages;
    private final Notifier notifier;
    private final Inbox inbox;

    RequestPages(RequestService requests, RequestViews views, ReferenceData reference, Attachments attachments,
                 DateDisplay dates, MessageSource messages, Notifier notifier, Inbox inbox) {
        this.requests = requests;
        this.views = views;
        this.reference = reference;
        this.attachments = attachments;
        this.dates = dates;
        this.messages = messages;
        this.notifier = notifier;
        this.inbox = inbox;
    }

    @GetMapping("/requests")
    String listRequests(@AuthenticationPrincipal CoopFlowPrincipal me, @ModelAttribute("search") RequestSearch search,
                        BindingResult searchErrors, @RequestParam(required = false) Integer page,
                        HttpServletRequest http, Model model, Locale locale) {
        CurrentUser user = me.user();
        RequestFilter filter = user.isPartner() ? RequestFilter.none() : search.toFilter(dates.zone());
        Page<RequestSummary> result = requests.list(user, filter, Page.clampPage(page), PAGE_SIZE);
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("partner", user.isPartner());
        model.addAttribute("rows", views.rows(user, result.items(), locale));
        model.addAttribute("result", result);
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", result.page() > 0 ? pageUrl(http, result.page() - 1) : null);
        model.addAttribute("nextUrl", result.page() + 1 < pages ? pageUrl(http, result.page() + 1) : null);
        if (!user.isPartner()) {
            model.addAttribute("sectors", reference.sectors(locale));
            model.addAttribute("agencies", reference.agencies(locale));
            model.addAttribute("countries", reference.partnerCountries(locale));
            model.addAttribute("statuses", RequestStatus.values());
        }
        return VIEW_LIST;
    }

    @GetMapping("/requests/new")
    String initCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me, Model model, Locale locale) {
        requirePartner(me.user());
        RequestForm form = new RequestForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setContactName(me.user().displayName());
        form.setContactEmail(me.email());
        model.addAttribute("requestForm", form);
        return showForm(model, locale);
    }

    @PostMapping("/requests")
    String processCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me,
                               @Valid @ModelAttribute("requestForm") RequestForm form, BindingResult result,
                               @RequestParam(name = "files", required = false) List<MultipartFile> files,
                               Model model, RedirectAttributes redirect, Locale locale) {
        CurrentUser user = me.user();
        requirePartner(user);
        if (form.getIdempotencyKey() == null || form.getIdempotencyKey().isBlank()
                || form.getIdempotencyKey().length() > 100) {
            // a form that lost its key still makes exactly one request per POST
            form.setIdempotencyKey(UUID.randomUUID().toString());
        }
        checkChoices(form, result);
        List<CheckedUpload> checked = List.of();
        try {
            checked = attachments.checkAll(Upload.allOf(files));
        } catch (AttachmentRejectedException rejected) {
            model.addAttribute("filesError", rejected.describe(messages, attachments.settings(), locale));
        }
        if (result.hasErrors() || model.containsAttribute("filesError")) {
            return showForm(model, locale);
        }
        RequestService.Submission submission;
        try {
            submission = requests.submit(user, form.toCommand(), form.getIdempotencyKey(), locale);
        } catch (InvalidInputException invalid) {
            reject(invalid, form, result);
            return showForm(model, locale);
        } catch (UnprocessableException keyUsedForOtherContent) {
            // sent before, then changed (back button): say so, and give the form a new key, so that sending
            // it again on purpose makes a new request
            result.reject("requests.form.alreadySent", keyUsedForOtherContent.args(), null);
            form.setIdempotencyKey(UUID.randomUUID().toString());
            return showForm(model, locale);
        }
        CooperationRequest request = submission.request();
        if (submission.created() && !checked.isEmpty()) {
            attachments.attachAll(user, request, checked);
        }
        // "e-mailed" only when the acknowledgement is in the outbox and mail leaves this installation
        boolean acknowledged = notifier.mailedTo(request.id(), request.contactEmail());
        redirect.addFlashAttribute("notice", messages.getMessage(acknowledged ? "requests.notice.receivedMailed"
                : "requests.notice.received", new Object[]{request.reference(), request.contactEmail()}, locale));
        return "redirect:/requests/" + request.id();
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
            return showRequest(me, id, model, locale);
        }
        long mailed = inbox.mailedAboutMessage(requests.postMessage(me.user(), id, form.getText()).id());
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
            return showRequest(me, id, model, locale);
        }
        try {
            requests.withdraw(me.user(), id, form.getReason());
            redirect.addFlashAttribute("notice", messages.getMessage("requests.notice.withdrawn", null, locale));
        } catch (ConflictException closedMeanwhile) {
            redirect.addFlashAttribute("problem", messages.getMessage(closedMeanwhile.messageCode(), null, locale));
        }
        return "redirect:/requests/" + id;
    }

    private String showForm(Model model, Locale locale) {
        model.addAttribute("sectors", reference.sectors(locale));
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("languageOptions", RequestLabels.OFFERED_LANGUAGES);
        model.addAttribute("accept", attachments.acceptHint());
        model.addAttribute("maxUploadSize", attachments.settings().maxSizeText());
        model.addAttribute("maxUploadBytes", attachments.settings().maxSize().toBytes());
        return VIEW_FORM;
    }

    /** What annotations cannot say: languages from the offered list, an end not before the start. */
    private static void checkChoices(RequestForm form, BindingResult result) {
        if (!result.hasFieldErrors("languages")
                && !RequestLabels.OFFERED_LANGUAGES.containsAll(form.getLanguages())) {
            result.rejectValue("languages", "requests.form.languages.invalid");
        }
        if (form.getPreferredStart() != null && form.getPreferredEnd() != null
                && form.getPreferredEnd().isBefore(form.getPreferredStart())) {
            result.rejectValue("preferredEnd", "request.preferredEnd.beforeStart");
        }
    }

    /** The service's own checks (e.g. an unknown sector) next to their fields. */
    private static void reject(InvalidInputException invalid, RequestForm form, BindingResult result) {
        BeanWrapperImpl fields = new BeanWrapperImpl(form);
        invalid.fieldErrors().forEach((field, code) -> {
            if (fields.isReadableProperty(field)) {
                result.rejectValue(field, code);
            } else {
                result.reject(code);
            }
        });
    }

    private static void requirePartner(CurrentUser user) {
        if (!user.isPartner()) {
            throw new ForbiddenException("request.submit.partnersOnly");
        }
    }

    private static String pageUrl(HttpServletRequest http, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/requests").query(http.getQueryString());
        return (page == 0 ? url.replaceQueryParam("page") : url.replaceQueryParam("page", page))
                .replaceQueryParam("lang").build().toUriString();
    }
}
