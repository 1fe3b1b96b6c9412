package org.coopflow.absence;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.web.DateDisplay;
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
 * An official's absences ({@code /absences}, "Absences" in the navigation): their own, those in which they stand in
 * for a colleague, and the form to record one with its substitute; ending one early. Partners and administrators: 403.
 */
@Controller
@WebPage
class AbsencePages {

    static final String VIEW = "absence/absences";

    private final Absences absences;
    private final MessageSource messages;
    private final DateDisplay dates;

    AbsencePages(Absences absences, MessageSource messages, DateDisplay dates) {
        this.absences = absences;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping("/absences")
    String showAbsences(@AuthenticationPrincipal CoopFlowPrincipal me, Model model) {
        CurrentUser user = me.user();
        model.addAttribute("absences", absences.mine(user));
        model.addAttribute("standingIn", absences.standingIn(user));
        model.addAttribute("colleagues", absences.substitutesFor(user));
        if (!model.containsAttribute("absenceForm")) {
            model.addAttribute("absenceForm", new AbsenceForm());
        }
        model.addAttribute("maxNote", Absences.MAX_NOTE);
        return VIEW;
    }

    @PostMapping("/absences")
    String processAbsenceForm(@AuthenticationPrincipal CoopFlowPrincipal me,
                              @ModelAttribute("absenceForm") AbsenceForm form, BindingResult result, Model model,
                              RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showAbsences(me, model);
        }
        Absence recorded;
        try {
            recorded = absences.record(me.user(), form.getFirstDay(), form.getLastDay(), form.getSubstitute(),
                    form.getNote());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, code) -> result.rejectValue(field, code));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showAbsences(me, model);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("absence.notice.recorded",
                new Object[]{dates.date(recorded.firstDay()), dates.date(recorded.lastDay())}, locale));
        return "redirect:/absences";
    }

    @PostMapping("/absences/{id}/end")
    String endAbsence(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                      RedirectAttributes redirect, Locale locale) {
        try {
            Absence ended = absences.end(me.user(), id);
            redirect.addFlashAttribute("notice", messages.getMessage(ended.status() == AbsenceStatus.CANCELLED
                    ? "absence.notice.cancelled" : "absence.notice.ended", null, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageCode(), e.args(), locale));
        }
        return "redirect:/absences";
    }
}
