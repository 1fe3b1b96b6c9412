package org.coopflow.workspace;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coopflow.attachment.AttachmentRejectedException;
import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.CheckedUpload;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.notification.Notifier;
import org.coopflow.reference.ReferenceData;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestService;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.UnprocessableException;
import org.coopflow.web.DateDisplay;
import org.coopflow.web.WebPage;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner's request form: shown empty or with the partner's draft, sent (one request per form, however often
 * sent), and saved as a draft while the partner types. Post-redirect-get throughout: a form with errors goes back
 * to {@code /requests/new} with everything typed and every error listed at the top, so a reload never sends it
 * again and no address ever carries a token.
 */
@Controller
@WebPage
class RequestFormPages {

    static final String VIEW_FORM = "requests/form";
    static final String FORM_PAGE = "/requests/new";

    /** The form's fields in page order, with the element an error's link in the summary leads to. */
    private static final Map<String, String> FIELD_TARGETS = new LinkedHashMap<>();

    static {
        FIELD_TARGETS.put("sector", "sector1");
        FIELD_TARGETS.put("title", "title");
        FIELD_TARGETS.put("description", "description");
        FIELD_TARGETS.put("modality", "modality1");
        FIELD_TARGETS.put("preferredStart", "preferredStart");
        FIELD_TARGETS.put("preferredEnd", "preferredEnd");
        FIELD_TARGETS.put("languages", "languages1");
        FIELD_TARGETS.put("urgent", "urgent1");
        FIELD_TARGETS.put("contactName", "contactName");
        FIELD_TARGETS.put("contactEmail", "contactEmail");
    }

    /** A line of the error summary: the message, and the field it links to (none for the form as a whole). */
    record ErrorLine(String targetId, String message) {
    }

    /**
     * What was wrong with a sent form, as the next page shows it (already in the sender's language): per field, and
     * for the form as a whole. Serializable: it travels in the session to the next page.
     */
    record SubmissionErrors(LinkedHashMap<String, String> byField, ArrayList<String> general, String files)
            implements Serializable {
    }

    private final RequestService requests;
    private final RequestDrafts drafts;
    private final ReferenceData reference;
    private final Attachments attachments;
    private final DateDisplay dates;
    private final MessageSource messages;
    private final Notifier notifier;

    RequestFormPages(RequestService requests, RequestDrafts drafts, ReferenceData reference, Attachments attachments,
                     DateDisplay dates, MessageSource messages, Notifier notifier) {
        this.requests = requests;
        this.drafts = drafts;
        this.reference = reference;
        this.attachments = attachments;
        this.dates = dates;
        this.messages = messages;
        this.notifier = notifier;
    }

    /** An empty form, the partner's draft, or (after an error) the form as sent with its errors. */
    @GetMapping(FORM_PAGE)
    String initCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me, Model model, Locale locale) {
        requirePartner(me.user());
        if (model.getAttribute("requestForm") instanceof RequestForm sent) {
            SubmissionErrors errors = (SubmissionErrors) model.getAttribute("submissionErrors");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "requestForm", bindingResult(sent, errors));
            model.addAttribute("errors", errorLines(errors));
            model.addAttribute("filesError", errors == null ? null : errors.files());
        } else {
            RequestDrafts.Draft draft = drafts.find(me.getUsername()).orElse(null);
            model.addAttribute("requestForm", draft != null ? draft.form() : newForm(me));
            model.addAttribute("draftSavedAt", draft == null ? null : draft.savedAt());
            model.addAttribute("errors", List.of());
        }
        return showForm(model, locale);
    }

    @PostMapping("/requests")
    String processCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me,
                               @Valid @ModelAttribute("requestForm") RequestForm form, BindingResult result,
                               @RequestParam(name = "files", required = false) List<MultipartFile> files,
                               RedirectAttributes redirect, Locale locale) {
        CurrentUser user = me.user();
        requirePartner(user);
        if (form.getIdempotencyKey() == null || form.getIdempotencyKey().isBlank()
                || form.getIdempotencyKey().length() > 100) {
            // a form that lost its key still makes exactly one request per POST
            form.setIdempotencyKey(UUID.randomUUID().toString());
        }
        checkChoices(form, result);
        List<CheckedUpload> checked = List.of();
        String filesError = null;
        try {
            checked = attachments.checkAll(attachments.read(files));
        } catch (AttachmentRejectedException rejected) {
            filesError = rejected.describe(messages, attachments.settings(), locale);
        }
        if (result.hasErrors() || filesError != null) {
            return backToForm(user, form, result, filesError, redirect, locale);
        }
        RequestService.Submission submission;
        try {
            submission = requests.submit(user, form.toCommand(), form.getIdempotencyKey(), locale);
        } catch (InvalidInputException invalid) {
            reject(invalid, form, result);
            return backToForm(user, form, result, null, redirect, locale);
        } catch (ForbiddenException inactive) {
            // the partner's organisation was deactivated by an ADMIN: said at the top, the form kept as a draft
            result.reject(inactive.messageCode());
            return backToForm(user, form, result, null, redirect, locale);
        } catch (UnprocessableException keyUsedForOtherContent) {
            // sent before, then changed (back button): say so, and give the form a new key, so that sending
            // it again on purpose makes a new request
            result.reject("requests.form.alreadySent", keyUsedForOtherContent.args(), null);
            form.setIdempotencyKey(UUID.randomUUID().toString());
            return backToForm(user, form, result, null, redirect, locale);
        }
        CooperationRequest request = submission.request();
        if (submission.created() && !checked.isEmpty()) {
            attachments.attachAll(user, request, checked);
        }
        drafts.discard(user.username());
        // "e-mailed" only when the acknowledgement is in the outbox and mail leaves this installation
        boolean acknowledged = notifier.mailedTo(request.id(), request.contactEmail());
        redirect.addFlashAttribute("notice", messages.getMessage(acknowledged ? "requests.notice.receivedMailed"
                : "requests.notice.received", new Object[]{request.reference(), request.contactEmail()}, locale));
        return "redirect:/requests/" + request.id();
    }

    /**
     * Saves what the partner has typed so far (the page's script, while they type): the time it was saved as they
     * read it, or why it was not. Fields that do not convert (a half-typed date) are left out, not refused.
     */
    @PostMapping("/requests/draft")
    @ResponseBody
    ResponseEntity<Map<String, String>> saveDraft(@AuthenticationPrincipal CoopFlowPrincipal me,
                                                  @ModelAttribute("requestForm") RequestForm form, BindingResult result,
                                                  Locale locale) {
        requirePartner(me.user());
        try {
            Instant saved = drafts.save(me.getUsername(), form);
            return ResponseEntity.ok(Map.of("message",
                    messages.getMessage("requests.draft.saved", new Object[]{dates.dateTime(saved)}, locale)));
        } catch (InvalidInputException tooLong) {
            return ResponseEntity.badRequest().body(Map.of("message",
                    messages.getMessage("requests.draft.tooLong", null, locale)));
        }
    }

    /** Starts afresh: the draft is removed and an empty form shown. */
    @PostMapping("/requests/draft/discard")
    String discardDraft(@AuthenticationPrincipal CoopFlowPrincipal me, RedirectAttributes redirect, Locale locale) {
        requirePartner(me.user());
        drafts.discard(me.getUsername());
        redirect.addFlashAttribute("notice", messages.getMessage("requests.draft.discarded", null, locale));
        return "redirect:" + FORM_PAGE;
    }

    /** Keeps what was typed as the draft, and shows the form again with its errors (post-redirect-get). */
    private String backToForm(CurrentUser user, RequestForm form, BindingResult result, String filesError,
                              RedirectAttributes redirect, Locale locale) {
        try {
            drafts.save(user.username(), form);
        } catch (InvalidInputException tooLong) {
            // longer than the form allows: the errors say which field; the draft keeps its previous content
        }
        LinkedHashMap<String, String> byField = new LinkedHashMap<>();
        for (String field : FIELD_TARGETS.keySet()) {
            FieldError error = result.getFieldError(field);
            if (error != null) {
                byField.put(field, messages.getMessage(error, locale));
            }
        }
        ArrayList<String> general = new ArrayList<>();
        for (ObjectError error : result.getGlobalErrors()) {
            general.add(messages.getMessage(error, locale));
        }
        result.getFieldErrors().stream().filter(e -> !FIELD_TARGETS.containsKey(e.getField()))
                .forEach(e -> general.add(messages.getMessage(e, locale)));
        redirect.addFlashAttribute("requestForm", form);
        redirect.addFlashAttribute("submissionErrors", new SubmissionErrors(byField, general, filesError));
        return "redirect:" + FORM_PAGE;
    }

    private String showForm(Model model, Locale locale) {
        model.addAttribute("sectors", reference.offeredSectors(locale));
        model.addAttribute("modalities", reference.modalities(locale));
        model.addAttribute("languageOptions", reference.languages(locale));
        model.addAttribute("accept", attachments.acceptHint());
        model.addAttribute("maxUploadSize", attachments.settings().maxSizeText());
        model.addAttribute("maxUploadBytes", attachments.settings().maxSize().toBytes());
        return VIEW_FORM;
    }

    private static RequestForm newForm(CoopFlowPrincipal me) {
        RequestForm form = new RequestForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setContactName(me.user().displayName());
        form.setContactEmail(me.email());
        return form;
    }

    /** The errors of the form as sent, back on their fields (th:errors shows them there). */
    private static BindingResult bindingResult(RequestForm form, SubmissionErrors errors) {
        BindingResult result = new BeanPropertyBindingResult(form, "requestForm");
        if (errors != null) {
            errors.byField().forEach((field, message) -> result.rejectValue(field, "", message));
            errors.general().forEach(message -> result.reject("", message));
        }
        return result;
    }

    /** The summary at the top: the form's own problems first, then each field's in page order, then the files. */
    private static List<ErrorLine> errorLines(SubmissionErrors errors) {
        List<ErrorLine> lines = new ArrayList<>();
        if (errors == null) {
            return lines;
        }
        errors.general().forEach(message -> lines.add(new ErrorLine(null, message)));
        errors.byField().forEach((field, message) -> lines.add(new ErrorLine(FIELD_TARGETS.get(field), message)));
        if (errors.files() != null) {
            lines.add(new ErrorLine("files", errors.files()));
        }
        return lines;
    }

    /** What annotations cannot say: languages from the offered list, an end not before the start. */
    private void checkChoices(RequestForm form, BindingResult result) {
        if (!result.hasFieldErrors("languages")
                && !form.getLanguages().stream().allMatch(reference::isOfferedLanguage)) {
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
}
