package org.coopflow.inbox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.notification.MailPreference;
import org.coopflow.notification.MailPreferences;
import org.coopflow.notification.Notifier;
import org.coopflow.request.RequestService;
import org.coopflow.shared.NotFoundException;
import org.coopflow.shared.Page;
import org.coopflow.tasklist.TaskList;
import org.coopflow.tasklist.TaskNames;
import org.coopflow.web.DateDisplay;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox ({@code /inbox}: newest first, all or unread only, page by page; opening an item marks it read and leads
 * to its place; "mark all as read") and the e-mail settings ({@code /inbox/settings}). Every user's own: another
 * user's item does not exist.
 */
@Controller
@WebPage
class InboxPages {

    static final String VIEW_INBOX = "inbox/list";
    static final String VIEW_SETTINGS = "inbox/settings";
    static final int PAGE_SIZE = 25;
    static final String UNREAD = "unread";

    /** One item as the list shows it. */
    record Line(Long id, String sentence, String reference, String title, Instant at, boolean unread,
                boolean stepClosed) {
    }

    private final Inbox inbox;
    private final InboxWording wording;
    private final TaskList taskList;
    private final RequestService requests;
    private final MailPreferences preferences;
    private final Notifier notifier;
    private final InboxSettings settings;
    private final DateDisplay dates;
    private final MessageSource messages;

    InboxPages(Inbox inbox, InboxWording wording, TaskList taskList, RequestService requests,
               MailPreferences preferences, Notifier notifier, InboxSettings settings, DateDisplay dates,
               MessageSource messages) {
        this.inbox = inbox;
        this.wording = wording;
        this.taskList = taskList;
        this.requests = requests;
        this.preferences = preferences;
        this.notifier = notifier;
        this.settings = settings;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/inbox")
    String showInbox(@AuthenticationPrincipal CoopFlowPrincipal me, @RequestParam(required = false) String show,
                     @RequestParam(required = false) Integer page, Locale locale, Model model) {
        CurrentUser user = me.user();
        boolean unreadOnly = UNREAD.equals(show);
        int pageNo = Page.clampPage(page);
        List<InboxItem> items = inbox.page(user, unreadOnly, pageNo, PAGE_SIZE);
        boolean more = items.size() > PAGE_SIZE;
        InboxWording.Sentences sentences = wording.sentencesFor(readerOf(me), locale, dates.zone());
        model.addAttribute("lines", items.stream().limit(PAGE_SIZE).map(i -> new Line(i.id, sentences.of(i),
                i.reference, i.title, i.createdAt, i.unread(), i.stepClosedAt != null)).toList());
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("unreadCount", inbox.unread(user.username()));
        model.addAttribute("pageNo", pageNo);
        model.addAttribute("previousUrl", pageNo > 0 ? pageUrl(unreadOnly, pageNo - 1) : null);
        model.addAttribute("nextUrl", more ? pageUrl(unreadOnly, pageNo + 1) : null);
        return VIEW_INBOX;
    }

    /**
     * Marks the item read and leads to its place: the step's page while the step is open to the reader (its page
     * says who took it meanwhile), else the request's page — or back here when the reader may no longer see it.
     */
    @GetMapping("/inbox/{id}")
    String openItem(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id, Locale locale,
                    RedirectAttributes redirect) {
        InboxItem item = inbox.open(me.user(), id);
        if (item.kind.aboutStep() && taskList.findWorkable(me.user(), item.taskId).isEmpty()) {
            redirect.addFlashAttribute("notice", messages.getMessage("inbox.stepGone",
                    new Object[]{messages.getMessage(TaskNames.of(item.taskKey), locale), item.reference}, locale));
            return mayOpen(me, item.requestId) ? "redirect:/requests/" + item.requestId : "redirect:/inbox";
        }
        return "redirect:" + item.targetLink;
    }

    private boolean mayOpen(CoopFlowPrincipal me, Long requestId) {
        try {
            requests.visible(me.user(), requestId);
            return true;
        } catch (NotFoundException notVisible) {
            return false;
        }
    }

    @PostMapping("/inbox/read")
    String markAllRead(@AuthenticationPrincipal CoopFlowPrincipal me, Locale locale, RedirectAttributes redirect) {
        int marked = inbox.markAllRead(me.user());
        redirect.addFlashAttribute("notice", messages.getMessage("inbox.allRead", new Object[]{marked}, locale));
        return "redirect:/inbox";
    }

    @GetMapping("/inbox/settings")
    String showSettings(@AuthenticationPrincipal CoopFlowPrincipal me, Model model) {
        return settingsPage(me, preferences.of(me.user().username()).name(), null, model);
    }

    @PostMapping("/inbox/settings")
    String saveSettings(@AuthenticationPrincipal CoopFlowPrincipal me,
                        @RequestParam(name = "preference", required = false) String chosen, Locale locale,
                        Model model, RedirectAttributes redirect) {
        MailPreference preference = Arrays.stream(MailPreference.values()).filter(p -> p.name().equals(chosen))
                .findFirst().orElse(null);
        if (preference == null) {
            return settingsPage(me, preferences.of(me.user().username()).name(), "inbox.settings.choose", model);
        }
        preferences.choose(me.user().username(), preference);
        redirect.addFlashAttribute("notice", messages.getMessage("inbox.settings.saved." + preference.name(),
                new Object[]{settings.digestTime()}, locale));
        return "redirect:/inbox/settings";
    }

    private String settingsPage(CoopFlowPrincipal me, String chosen, String error, Model model) {
        ZoneId zone = wording.zoneOf(readerOf(me));
        model.addAttribute("choices", MailPreference.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("error", error);
        model.addAttribute("email", me.email());
        model.addAttribute("digestTime", settings.digestTime());
        model.addAttribute("zone", zone.getId());
        model.addAttribute("sendsMail", notifier.sendsMail());
        return VIEW_SETTINGS;
    }

    private static Reader readerOf(CoopFlowPrincipal me) {
        CurrentUser user = me.user();
        return new Reader(user.username(), user.organisationCode(), user.isPartner(), me.locale(), me.timeZone());
    }

    private static String pageUrl(boolean unreadOnly, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/inbox");
        if (unreadOnly) {
            url.queryParam("show", UNREAD);
        }
        if (page > 0) {
            url.queryParam("page", page);
        }
        return url.build().toUriString();
    }
}
