package org.coopflow.tasklist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.coopflow.form.FormService.DescribedField;
import org.coopflow.form.FormService;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.LocalizedException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.shared.Page;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officials' pages: my task list (assigned to me / offered to my groups), claim, unclaim, delegate, and
 * each step's form. Someone else's move (a claim, a completion) is reported on the page, never as an error
 * page, and what the user typed is never lost; a task not offered to the user is a 404 like the API's.
 */
@Controller
@WebPage
@RequestMapping("/tasks")
class TaskPages {

    static final String VIEW_TASK_LIST = "tasks/list";
    static final String VIEW_TASK = "tasks/task";
    static final String TASK_LIST = "/tasks";
    static final int PAGE_SIZE = 50;

    /** The button that adds a row to a list field sends the list's key under this name. */
    static final String ADD_ROW = "_addRow";
    /** The most rows a list field takes from a page. */
    private static final int MAX_ROWS = 50;
    /** Flash attributes of a refused completion: the values as typed, and the errors per field. */
    private static final String ENTERED = "enteredValues";
    private static final String FIELD_ERRORS = "fieldErrors";

    /** Where a button may send the user back to: a task list (a partner's actions) or a task page, never another site. */
    private static final Pattern BACK = Pattern.compile("(/tasks(/[A-Za-z0-9-]+)?|/actions)(\\?[A-Za-z0-9_.~=&%+-]*)?");

    /** A line of the error summary above the form; a link to the field when the error belongs to one. */
    record ErrorLine(String targetId, String label, String message) {
    }

    private final TaskList taskList;
    private final TaskActions actions;
    private final TaskViews views;
    private final List<TaskBriefs> briefs;
    private final MessageSource messages;
    private final Clock clock;

    TaskPages(TaskList taskList, TaskActions actions, TaskViews views, List<TaskBriefs> briefs,
              MessageSource messages, Clock clock) {
        this.taskList = taskList;
        this.actions = actions;
        this.views = views;
        this.briefs = briefs;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String showTaskList(@AuthenticationPrincipal CoopFlowPrincipal me, TaskListQuery query, Locale locale,
                        Model model) {
        CurrentUser user = me.user();
        if (user.isPartner()) {
            return "redirect:" + PartnerActionPages.ACTIONS; // partners act as an organisation, without queues
        }
        TaskListFilter filter = query.filter(clock.instant());
        long assigned = taskList.count(user, TaskListView.ASSIGNED, filter);
        long offered = taskList.count(user, TaskListView.OFFERED, filter);
        TaskListView view = query.view(assigned, offered);
        Page<OpenTask> tasks = taskList.list(user, view, filter, query.order(), query.pageNumber(), PAGE_SIZE,
                view == TaskListView.OFFERED ? offered : assigned);
        model.addAttribute("query", query.showing(view));
        model.addAttribute("showingOffered", view == TaskListView.OFFERED);
        model.addAttribute("assignedCount", assigned);
        model.addAttribute("offeredCount", offered);
        model.addAttribute("tasks", tasks);
        model.addAttribute("countLimit", Page.COUNT_LIMIT);
        model.addAttribute("rows", views.rows(tasks.items(), user, locale));
        model.addAttribute("stages", views.stages());
        model.addAttribute("countries", views.countries(locale));
        model.addAttribute("sectors", views.sectors(locale));
        return VIEW_TASK_LIST;
    }

    /** The task, and after a refused completion (post-redirect-get) the form as typed with its errors. */
    @GetMapping("/{taskId}")
    @SuppressWarnings("unchecked")
    String showTask(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId, Locale locale,
                    Model model) {
        TaskForm form = actions.form(me.user(), taskId, locale);
        if (me.user().isPartner() && form.task().assignee() == null) {
            form = takeForPartner(me.user(), taskId, locale, form);
        }
        Map<String, Object> entered = model.getAttribute(ENTERED) instanceof Map<?, ?> sent
                ? (Map<String, Object>) sent : Map.of();
        Map<String, String> errors = model.getAttribute(FIELD_ERRORS) instanceof Map<?, ?> sent
                ? (Map<String, String>) sent : Map.of();
        return taskPage(model, me.user(), form.task(), form, entered, errors, Map.of(), locale);
    }

    @PostMapping("/{taskId}")
    String completeTask(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId,
                        @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = me.user();
        TaskForm form = actions.form(user, taskId, locale);
        Map<String, Object> entered = entered(form, params);
        String addRowTo = params.getFirst(ADD_ROW);
        if (addRowTo != null) {
            // "Add another" on a list: the same form again with one more blank row, nothing submitted yet
            return taskPage(model, user, form.task(), form, entered, Map.of(), Map.of(addRowTo, 1), locale);
        }
        try {
            actions.complete(user, taskId, entered, locale);
        } catch (InvalidInputException e) {
            // post-redirect-get: the task page again, with what was typed and the errors (in the session, once)
            redirect.addFlashAttribute(ENTERED, new LinkedHashMap<>(entered));
            redirect.addFlashAttribute(FIELD_ERRORS, new LinkedHashMap<>(localized(e.fieldErrors(), locale)));
            return "redirect:" + TASK_LIST + "/" + taskId;
        } catch (ConflictException e) {
            // Claimed, unclaimed or completed meanwhile: say so on the same page, with the input still there. Not a
            // redirect: a task completed by someone else has no page any more, and the input must not be lost.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", text(e, locale));
            OpenTask current = taskList.findWorkable(user, taskId).orElse(null);
            return taskPage(model, user, current, form, entered, Map.of(), Map.of(), locale);
        }
        notice(redirect, "tasks.done", form.task(), locale);
        return "redirect:" + (user.isPartner() ? PartnerActionPages.ACTIONS : TASK_LIST);
    }

    /**
     * A partner's step is taken by opening it: the organisation acts as one, so there is nothing to claim. A colleague
     * quicker by a moment keeps it, and the page then says who has it.
     */
    private TaskForm takeForPartner(CurrentUser user, String taskId, Locale locale, TaskForm opened) {
        try {
            actions.claim(user, taskId);
        } catch (ConflictException colleagueWasQuicker) {
            return opened.withTask(taskList.findWorkable(user, taskId).orElse(opened.task()));
        }
        return actions.form(user, taskId, locale);
    }

    @PostMapping("/{taskId}/claim")
    String claimTask(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId,
                     @RequestParam(required = false) String back, Locale locale, RedirectAttributes redirect) {
        return changeAssignee(me, taskId, actions::claim, "tasks.claimed", back, locale, redirect);
    }

    @PostMapping("/{taskId}/unclaim")
    String unclaimTask(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId,
                       @RequestParam(required = false) String back, Locale locale, RedirectAttributes redirect) {
        return changeAssignee(me, taskId, actions::unclaim,
                me.user().isPartner() ? "actions.left" : "tasks.unclaimed", back, locale, redirect);
    }

    /** Claims or unclaims: a notice when done, or who was quicker when another official changed it first. */
    private String changeAssignee(CoopFlowPrincipal me, String taskId, BiConsumer<CurrentUser, String> change,
                                  String doneKey, String back, Locale locale, RedirectAttributes redirect) {
        OpenTask task = workable(me.user(), taskId);
        try {
            change.accept(me.user(), taskId);
            notice(redirect, doneKey, task, locale);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", text(e, locale));
        }
        return redirectBack(back, TASK_LIST);
    }

    @PostMapping("/{taskId}/delegate")
    String delegateTask(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId,
                        @RequestParam(required = false) String username, @RequestParam(required = false) String back,
                        Locale locale, RedirectAttributes redirect) {
        OpenTask task = workable(me.user(), taskId);
        try {
            actions.delegate(me.user(), taskId, username);
        } catch (InvalidInputException e) {
            // Not a colleague of my agency who may work on it: the choice is refused, the task stays mine.
            e.fieldErrors().values().stream().findFirst()
                    .ifPresent(code -> redirect.addFlashAttribute("problem", text(code, new Object[0], locale)));
            return redirectBack(back, TASK_LIST + "/" + taskId);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", text(e, locale));
            return redirectBack(back, TASK_LIST + "/" + taskId);
        }
        redirect.addFlashAttribute("notice", text("tasks.delegated",
                new Object[]{views.taskName(task, locale), task.reference(), views.nameOf(username)}, locale));
        return "redirect:" + TASK_LIST;
    }

    /**
     * The task page. {@code current} is the task as it is now (null when it is gone), {@code form} the form
     * the user saw; a form with input is shown even when the user may no longer submit it, so nothing typed
     * is lost.
     */
    private String taskPage(Model model, CurrentUser user, OpenTask current, TaskForm form,
                            Map<String, Object> entered, Map<String, String> errors, Map<String, Integer> extraRows,
                            Locale locale) {
        OpenTask task = current != null ? current : form.task();
        boolean mine = current != null && user.username().equals(task.assignee());
        TaskBriefs.TaskBrief brief = briefs.stream().map(b -> b.briefOf(task, user, locale))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        // before anything is typed, the form starts from what the step already knows (the routing to confirm)
        Map<String, Object> shown = entered.isEmpty() && brief != null ? brief.prefill() : entered;
        List<FieldView> fields = FieldView.of(form.fields(), shown, errors, extraRows);
        model.addAttribute("summary", views.summary(task, user, locale));
        model.addAttribute("partner", user.isPartner());
        model.addAttribute("brief", brief);
        model.addAttribute("taskName", views.taskName(task, locale));
        model.addAttribute("formId", form.formId());
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errorLines(fields, errors));
        model.addAttribute("mine", mine);
        // offered to the user: nobody holds it yet, or the user stands in for whoever holds it (a substitute)
        model.addAttribute("claimable", current != null && !mine
                && (task.assignee() == null || task.offeredTo(user.username())));
        model.addAttribute("showForm", mine || !entered.isEmpty());
        model.addAttribute("unclaimable", mine && !task.candidateGroups().isEmpty());
        model.addAttribute("colleagues", mine ? actions.colleaguesToDelegateTo(user, task) : List.of());
        return VIEW_TASK;
    }

    private OpenTask workable(CurrentUser user, String taskId) {
        return taskList.findWorkable(user, taskId).orElseThrow(() -> new NotFoundException("task.notFound"));
    }

    /**
     * The form's own fields as submitted: several values as a list; an unticked checkbox is simply absent; a list's
     * rows from its cells ({@code followUpActions[0].actionType}), in row order.
     */
    private static Map<String, Object> entered(TaskForm form, MultiValueMap<String, String> params) {
        Map<String, Object> entered = new LinkedHashMap<>();
        for (DescribedField field : form.fields()) {
            if (field.isList()) {
                List<Map<String, Object>> rows = rows(field, params);
                if (!rows.isEmpty()) {
                    entered.put(field.key(), rows);
                }
                continue;
            }
            List<String> sent = params.get(field.key());
            if (sent == null || sent.isEmpty()) {
                continue;
            }
            boolean multiValued = "taglist".equals(field.type()) || "checklist".equals(field.type());
            entered.put(field.key(), multiValued ? sent.stream().filter(v -> !v.isBlank()).toList() : sent.get(0));
        }
        return entered;
    }

    /** A list's rows as sent; a row index beyond what a page could show is ignored. */
    private static List<Map<String, Object>> rows(DescribedField list, MultiValueMap<String, String> params) {
        java.util.TreeMap<Integer, Map<String, Object>> rows = new java.util.TreeMap<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            for (DescribedField column : list.columns()) {
                String value = params.getFirst(FormService.cellKey(list.key(), i, column.key()));
                if (value != null) {
                    rows.computeIfAbsent(i, index -> new LinkedHashMap<>()).put(column.key(), value);
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    private Map<String, String> localized(Map<String, String> codes, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        codes.forEach((field, code) -> texts.put(field, text(code, new Object[0], locale)));
        return texts;
    }

    private static List<ErrorLine> errorLines(List<FieldView> fields, Map<String, String> errors) {
        List<ErrorLine> lines = new ArrayList<>();
        List<FieldView> inError = FieldView.withErrors(fields);
        for (FieldView field : inError) {
            lines.add(new ErrorLine(field.focusId(), field.field().label(), field.error()));
        }
        errors.forEach((key, message) -> {
            if (inError.stream().noneMatch(f -> f.key().equals(key))) {
                lines.add(new ErrorLine(null, null, message));
            }
        });
        return lines;
    }

    private void notice(RedirectAttributes redirect, String code, OpenTask task, Locale locale) {
        redirect.addFlashAttribute("notice",
                text(code, new Object[]{views.taskName(task, locale), task.reference()}, locale));
    }

    private String text(LocalizedException e, Locale locale) {
        return text(e.messageCode(), e.args(), locale);
    }

    private String text(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, code, locale);
    }

    private static String redirectBack(String back, String fallback) {
        return "redirect:" + (back != null && BACK.matcher(back).matches() ? back : fallback);
    }
}
