package org.coopflow.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.TaskService;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskActions;
import org.coopflow.tasklist.TaskForm;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The translation desk's workbench for a translateRequest task: the partner's original beside the form, the glossary
 * terms found in it, and the machine draft (if a provider made one) pre-filled for the desk to verify. Only whoever
 * the task is offered to may open it (the desk; anyone else, partners included, gets Page not found), and it is
 * completed like every task (TaskActions), so the model's listener records the verified text whichever page is used.
 */
@Controller
@WebPage
@RequestMapping("/translation/tasks")
class TranslationDeskPages {

    static final String VIEW_DESK = "translation/desk";
    static final String VIEW_TEXT_DESK = "translation/text-desk";
    private static final List<String> FIELDS = List.of(TranslationProcess.VAR_TITLE_KO,
            TranslationProcess.VAR_DESCRIPTION_KO, TranslationProcess.VAR_TITLE_EN,
            TranslationProcess.VAR_DESCRIPTION_EN);
    private static final List<String> TEXT_FIELDS = List.of(TranslationProcess.VAR_TEXT_PARTNER,
            TranslationProcess.VAR_TEXT_KO, TranslationProcess.VAR_TEXT_EN);

    private final TaskActions actions;
    private final Translations translations;
    private final Glossary glossary;
    private final RequestLifecycle requests;
    private final MessageSource messages;
    private final TextTranslations texts;
    private final TaskService taskService;

    TranslationDeskPages(TaskActions actions, Translations translations, Glossary glossary, RequestLifecycle requests,
                         MessageSource messages, TextTranslations texts, TaskService taskService) {
        this.texts = texts;
        this.taskService = taskService;
        this.actions = actions;
        this.translations = translations;
        this.glossary = glossary;
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping("/{taskId}")
    String showDesk(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId, Locale locale,
                    Model model) {
        OpenTask task = translationTask(me.user(), taskId, locale);
        if (isText(task)) {
            return textDesk(model, me.user(), task, textDraft(task), Map.of());
        }
        return desk(model, me.user(), task, draft(task), Map.of());
    }

    @PostMapping("/{taskId}/claim")
    String claimTask(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId, Locale locale,
                     RedirectAttributes redirect) {
        translationTask(me.user(), taskId, locale);
        try {
            actions.claim(me.user(), taskId);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageCode(), e.args(), locale));
        }
        return "redirect:/translation/tasks/" + taskId;
    }

    /** The verified texts: the task completes and screening starts; a missing text comes back with its error. */
    @PostMapping("/{taskId}")
    String verifyTranslation(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId,
                             @RequestParam Map<String, String> params, Locale locale, Model model,
                             RedirectAttributes redirect, HttpServletResponse response) {
        OpenTask task = translationTask(me.user(), taskId, locale);
        // the notice's words, known before the step (and its variables) is gone
        String done = !isText(task) ? "translation.desk.verified"
                : textOf(task).direction() == TextTranslation.Direction.TO_PARTNER ? "translation.text.sent"
                : "translation.text.verified";
        Map<String, Object> entered = new LinkedHashMap<>();
        (isText(task) ? TEXT_FIELDS : FIELDS).forEach(field -> {
            if (params.get(field) != null) {
                entered.put(field, params.get(field));
            }
        });
        try {
            actions.complete(me.user(), taskId, entered, locale);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, code) -> errors.put(field, messages.getMessage(code, null, code, locale)));
            return isText(task) ? textDesk(model, me.user(), task, entered, errors)
                    : desk(model, me.user(), task, entered, errors);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", messages.getMessage(e.messageCode(), e.args(), locale));
            return isText(task) ? textDesk(model, me.user(), task, entered, Map.of())
                    : desk(model, me.user(), task, entered, Map.of());
        }
        redirect.addFlashAttribute("notice", messages.getMessage(done, new Object[]{task.reference()}, locale));
        return "redirect:/tasks";
    }

    private String desk(Model model, CurrentUser user, OpenTask task, Map<String, Object> values,
                        Map<String, String> errors) {
        CooperationRequest request = requests.find(task.requestId());
        RequestTranslation translation = translations.of(task.requestId()).orElse(null);
        model.addAttribute("task", task);
        model.addAttribute("request", request);
        model.addAttribute("translation", translation);
        model.addAttribute("sourceLanguage", translation == null ? "und" : translation.sourceLanguage());
        model.addAttribute("terms", glossary.foundIn(request.title(), request.description()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        boolean mine = user.username().equals(task.assignee());
        model.addAttribute("mine", mine);
        model.addAttribute("claimable", !mine && (task.assignee() == null || task.offeredTo(user.username())));
        return VIEW_DESK;
    }

    /** A message or an answer: its original beside the form for the partner's language, or Korean and English. */
    private String textDesk(Model model, CurrentUser user, OpenTask task, Map<String, Object> values,
                            Map<String, String> errors) {
        TextTranslation translation = textOf(task);
        String original = texts.original(translation);
        model.addAttribute("task", task);
        model.addAttribute("request", requests.find(task.requestId()));
        model.addAttribute("translation", translation);
        model.addAttribute("original", original);
        model.addAttribute("toPartner", translation.direction() == TextTranslation.Direction.TO_PARTNER);
        model.addAttribute("sourceLanguage", translation.sourceLanguage());
        model.addAttribute("targetLanguage", translation.targetLanguage());
        model.addAttribute("terms", glossary.foundIn(original));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        boolean mine = user.username().equals(task.assignee());
        model.addAttribute("mine", mine);
        model.addAttribute("claimable", !mine && (task.assignee() == null || task.offeredTo(user.username())));
        return VIEW_TEXT_DESK;
    }

    private Map<String, Object> textDraft(OpenTask task) {
        Map<String, Object> values = new LinkedHashMap<>();
        TextTranslation t = textOf(task);
        if (!t.verified() && t.draftProvider() != null) {
            values.put(TranslationProcess.VAR_TEXT_PARTNER, t.textPartner());
            values.put(TranslationProcess.VAR_TEXT_KO, t.textKo());
            values.put(TranslationProcess.VAR_TEXT_EN, t.textEn());
        }
        return values;
    }

    private TextTranslation textOf(OpenTask task) {
        return texts.find(((Number) taskService.getVariable(task.taskId(),
                TranslationProcess.VAR_TEXT_TRANSLATION_ID)).longValue());
    }

    private static boolean isText(OpenTask task) {
        return TranslationProcess.TASK_TRANSLATE_TEXT.equals(task.taskKey());
    }

    /** The machine draft, when a provider made one: the desk starts from it and must still verify every text. */
    private Map<String, Object> draft(OpenTask task) {
        Map<String, Object> values = new LinkedHashMap<>();
        translations.of(task.requestId()).filter(t -> !t.verified() && t.draftProvider() != null).ifPresent(t -> {
            values.put(TranslationProcess.VAR_TITLE_KO, t.titleKo());
            values.put(TranslationProcess.VAR_DESCRIPTION_KO, t.descriptionKo());
            values.put(TranslationProcess.VAR_TITLE_EN, t.titleEn());
            values.put(TranslationProcess.VAR_DESCRIPTION_EN, t.descriptionEn());
        });
        return values;
    }

    /** The task if the user may work on it and it is a translation; anything else is not found. */
    private OpenTask translationTask(CurrentUser user, String taskId, Locale locale) {
        TaskForm form = actions.form(user, taskId, locale);
        if (!TranslationProcess.TASK_TRANSLATE.equals(form.task().taskKey())
                && !TranslationProcess.TASK_TRANSLATE_TEXT.equals(form.task().taskKey())) {
            throw new NotFoundException("task.notFound");
        }
        return form.task();
    }
}
