package org.coopflow.notification;

import java.util.Locale;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mail outbox for administrators ({@code /admin/mail}): failed and waiting mails, with retry buttons. */
@Controller
@WebPage
class MailOutboxPages {

    static final String VIEW_OUTBOX = "notification/outbox";

    private final MailOutbox outbox;
    private final MessageSource messages;

    MailOutboxPages(MailOutbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @GetMapping("/admin/mail")
    String showOutbox(@AuthenticationPrincipal CoopFlowPrincipal me, Model model) {
        model.addAttribute("outbox", outbox.overview(me.user()));
        model.addAttribute("shown", MailOutbox.SHOWN);
        return VIEW_OUTBOX;
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retryMail(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable long id, Locale locale,
                     RedirectAttributes redirect) {
        outbox.retry(me.user(), id);
        redirect.addFlashAttribute("notice", messages.getMessage("mailOutbox.retried", new Object[] {id}, locale));
        return "redirect:/admin/mail";
    }

    @PostMapping("/admin/mail/retry-failed")
    String retryAllFailed(@AuthenticationPrincipal CoopFlowPrincipal me, Locale locale, RedirectAttributes redirect) {
        int retried = outbox.retryAllFailed(me.user());
        redirect.addFlashAttribute("notice", messages.getMessage("mailOutbox.retriedAll", new Object[] {retried},
                locale));
        return "redirect:/admin/mail";
    }
}
