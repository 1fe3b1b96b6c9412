package org.coopflow.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coopflow.consultation.ConsultationProcess;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLabels;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestScope;
import org.coopflow.screening.ScreeningProcess;
import org.coopflow.shared.LocalizedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The suggestions panel of the pages that include it ({@code templates/library/suggestions.html}): the screening
 * task, the consultation planning task, and the request page (intake's suggestions while it screens; the past
 * requests attached, for the officials who may see the request). Called from the templates as
 * {@code ${@librarySuggestions...}}, so the task and request pages need no code of the library's; everything is
 * for the signed-in user, in their language, and nothing when they may see nothing.
 */
@Component("librarySuggestions")
public class SuggestionPanels {

    /** The steps whose page suggests similar past requests. */
    static final List<String> SUGGESTING_STEPS = List.of(ScreeningProcess.TASK_SCREEN, ConsultationProcess.TASK_PLAN);

    /** One suggestion in the reader's words. */
    public record SuggestionView(Long requestId, String reference, String title, String partner, String country,
                                 String sector, String status, List<String> reasons, List<EntryLine> entries,
                                 boolean mayOpen, boolean attached) {
    }

    /** An entry of a suggested request, as a line linking to its library page. */
    public record EntryLine(Long id, String kind, String excerpt, Instant recordedAt) {
    }

    /** A past request attached to this one, with why it was similar when it was attached. */
    public record AttachedView(Long requestId, String reference, String title, List<String> reasons, boolean mayOpen,
                               String attachedBy, Instant attachedAt) {
    }

    /**
     * What the panel shows.
     *
     * @param suggesting whether suggestions are offered here at all (an empty list then says none were found)
     * @param back       where attaching a suggestion comes back to
     */
    public record Panel(Long requestId, boolean suggesting, List<SuggestionView> suggestions, boolean mayAttach,
                        List<AttachedView> attached, String back) {

        public boolean isEmpty() {
            return !suggesting && attached.isEmpty();
        }
    }

    private final Suggestions suggestions;
    private final RequestLifecycle requests;
    private final RequestLabels labels;
    private final MessageSource messages;

    SuggestionPanels(Suggestions suggestions, RequestLifecycle requests, RequestLabels labels,
                     MessageSource messages) {
        this.suggestions = suggestions;
        this.requests = requests;
        this.labels = labels;
        this.messages = messages;
    }

    /** On a task page: suggestions on the screening and planning steps, null on any other. */
    public Panel forTask(Long requestId, String taskKey, String taskId) {
        CurrentUser user = currentUser();
        if (user == null || user.isPartner() || !SUGGESTING_STEPS.contains(taskKey)) {
            return null;
        }
        return panel(user, requestId, true, List.of(), "/tasks/" + taskId);
    }

    /**
     * On the request page: the past requests attached to it, for the officials who may see it; and, for intake while
     * the request is screened, the suggestions themselves. Null for partners.
     */
    public Panel forRequestPage(Long requestId) {
        CurrentUser user = currentUser();
        if (user == null || user.isPartner()) {
            return null;
        }
        CooperationRequest request = requests.find(requestId);
        boolean suggesting = request != null && user.has(org.coopflow.identity.Role.INTAKE)
                && RequestScope.IN_SCREENING.contains(request.status());
        Panel panel = panel(user, requestId, suggesting, attachedViews(user, requestId), "/requests/" + requestId);
        return panel == null || panel.isEmpty() ? null : panel;
    }

    private Panel panel(CurrentUser user, Long requestId, boolean suggesting, List<AttachedView> attached,
                        String back) {
        try {
            CooperationRequest request = requests.find(requestId);
            List<SuggestionView> views = suggesting ? suggestions.forRequest(user, requestId).stream()
                    .map(this::view).toList() : List.of();
            return new Panel(requestId, suggesting, views, request != null && suggestions.mayAttach(user, request),
                    attached, back);
        } catch (LocalizedException notForThisUser) {
            // a request the user may not see, or a user the library is not for: the page shows no panel
            return null;
        }
    }

    private List<AttachedView> attachedViews(CurrentUser user, Long requestId) {
        List<AttachedView> views = new ArrayList<>();
        try {
            for (AttachedSuggestion s : suggestions.attached(user, requestId)) {
                CooperationRequest past = requests.find(s.suggestedRequestId());
                views.add(new AttachedView(past.id(), past.reference(), past.title(),
                        reasons(s.sameSector(), s.sameCountry(), past.sectorCode(), past.countryCode(), s.words()),
                        suggestions.mayOpen(user, past.id()), labels.person(s.attachedBy()), s.attachedAt()));
            }
        } catch (LocalizedException notForThisUser) {
            return List.of();
        }
        return views;
    }

    private SuggestionView view(Suggestions.Suggestion s) {
        List<EntryLine> entries = s.entries().stream().map(e -> new EntryLine(e.id(),
                text("library.kind." + e.kind().name()), e.excerpt(), e.recordedAt())).toList();
        return new SuggestionView(s.requestId(), s.reference(), s.title(), labels.organisation(s.partnerOrg()),
                labels.country(s.countryCode()), labels.sector(s.sectorCode()), text("status." + s.status().name()),
                reasons(s.sameSector(), s.sameCountry(), s.sectorCode(), s.countryCode(), s.words()), entries,
                s.mayOpen(), s.attached());
    }

    /** "same sector: e-Government legal framework", "same country: Cambodia", "4 words in common: …". */
    List<String> reasons(boolean sameSector, boolean sameCountry, String sector, String country, List<String> words) {
        List<String> reasons = new ArrayList<>();
        if (sameSector) {
            reasons.add(text("library.why.sector", labels.sector(sector)));
        }
        if (sameCountry) {
            reasons.add(text("library.why.country", labels.country(country)));
        }
        if (!words.isEmpty()) {
            reasons.add(text("library.why.words", words.size(), String.join(", ", words)));
        }
        return reasons;
    }

    private String text(String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, args, code, locale);
    }

    private static CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CoopFlowPrincipal p ? p.user()
                : null;
    }
}
