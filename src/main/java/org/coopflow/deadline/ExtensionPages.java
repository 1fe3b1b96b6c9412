package org.coopflow.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.RequestLabels;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.tasklist.TaskNames;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A step's due date and its requests for more time ({@code /tasks/{taskId}/more-time}, linked from the task page):
 * for whoever may work on the step (anyone else: not found, as for the task). Its holder asks here for more working
 * days with a reason; everyone sees what was asked and decided. A partner sees the Korean side by agency, never an
 * official's name.
 */
@Controller
@WebPage
class ExtensionPages {

    static final String VIEW = "deadline/more-time";

    /** One request for more time as the page lists it. */
    record Line(Long id, String status, int days, String reason, String askedBy, Instant askedAt, Instant dueBefore,
                Instant dueIfGranted, String decidedBy, Instant decidedAt, String comment, Instant newDue) {
    }

    private final Extensions extensions;
    private final MessageSource messages;
    private final RequestLabels labels;

    ExtensionPages(Extensions extensions, MessageSource messages, RequestLabels labels) {
        this.extensions = extensions;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/tasks/{taskId}/more-time")
    String showExtensions(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId, Model model,
                          Locale locale) {
        Extensions.StepExtensions step = extensions.of(me.user(), taskId);
        model.addAttribute("step", step);
        model.addAttribute("taskName", messages.getMessage(TaskNames.of(step.task().taskKey(), step.task().name()),
                locale));
        model.addAttribute("lines", lines(me.user(), step.requests()));
        model.addAttribute("maxDays", Extensions.MAX_DAYS);
        model.addAttribute("maxReason", Extensions.MAX_REASON);
        if (!model.containsAttribute("extensionForm")) {
            model.addAttribute("extensionForm", new ExtensionForm());
        }
        return VIEW;
    }

    @PostMapping("/tasks/{taskId}/more-time")
    String processExtensionForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId,
                                @ModelAttribute("extensionForm") ExtensionForm form, BindingResult result,
                                Model model, RedirectAttributes redirect, Locale locale,
                                HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showExtensions(me, taskId, model, locale);
        }
        ExtensionRequest asked;
        try {
            asked = extensions.ask(me.user(), taskId, form.getDays(), form.getReason());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, code) -> result.rejectValue(field, code));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showExtensions(me, taskId, model, locale);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", messages.getMessage(e.messageCode(), e.args(), locale));
            return showExtensions(me, taskId, model, locale);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("extension.notice.asked",
                new Object[]{asked.workingDays(), labels.group(asked.deciders())}, locale));
        return "redirect:/tasks/" + taskId + "/more-time";
    }

    private List<Line> lines(CurrentUser viewer, List<ExtensionRequest> requests) {
        return requests.stream().map(e -> new Line(e.id(), e.status().name(), e.workingDays(), e.reason(),
                who(viewer, e.askedBy(), null), e.askedAt(), e.dueBefore(), e.dueIfGranted(),
                e.decidedBy() == null ? null : who(viewer, e.decidedBy(), e.deciders()), e.decidedAt(),
                e.decisionComment(), e.newDueAt())).toList();
    }

    /** A person by name; for a partner reading, an official as the group that decides. */
    private String who(CurrentUser viewer, String username, String group) {
        if (viewer.isPartner() && group != null) {
            return labels.group(group);
        }
        return labels.person(username);
    }
}
