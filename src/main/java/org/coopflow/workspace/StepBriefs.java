package org.coopflow.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.coopflow.attachment.Attachment;
import org.coopflow.attachment.Attachments;
import org.coopflow.consultation.ConsultationOutcome;
import org.coopflow.consultation.ConsultationPlan;
import org.coopflow.consultation.ConsultationProcess;
import org.coopflow.consultation.Consultations;
import org.coopflow.followup.FollowUpAction;
import org.coopflow.followup.FollowUpProcess;
import org.coopflow.followup.FollowUpReport;
import org.coopflow.followup.FollowUps;
import org.coopflow.identity.CurrentUser;
import org.coopflow.mou.MouDiff;
import org.coopflow.mou.MouProcess;
import org.coopflow.mou.MouReview;
import org.coopflow.mou.MouReviewer;
import org.coopflow.mou.MouVersion;
import org.coopflow.mou.MouVersions;
import org.coopflow.request.RequestAgency;
import org.coopflow.request.RequestLabels;
import org.coopflow.request.RequestService;
import org.coopflow.translation.TextTranslation;
import org.coopflow.translation.TextTranslations;
import org.coopflow.screening.Clarification;
import org.coopflow.screening.ScreeningProcess;
import org.coopflow.screening.Screenings;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskBriefs;
import org.springframework.stereotype.Component;

/**
 * What each step asks, in full, on its task page: for the partner's steps the question, the plan, the draft or the
 * actions; for intake's screening the request's words, documents and messages. Read from the stages' typed records
 * (never form JSON or audit text). Partners read the Korean side by agency and role — "International cooperation desk
 * (MOIS)", "Coordinators, MOIS" — never by an official's name.
 */
@Component
class StepBriefs implements TaskBriefs {

    static final String TEMPLATE = "requests/brief";

    /** The clarification rounds, the open one first to read. */
    record ClarificationBrief(Clarification open, List<Clarification> earlier, String askedBy) {
    }

    /** The plan to confirm and, from the second proposal on, which of its parts changed. */
    record PlanBrief(ConsultationPlan plan, ConsultationPlan previous, List<String> changed, String plannedBy) {
    }

    /** The consultation the partner gives feedback on: the plan it confirmed and the outcome recorded. */
    record FeedbackBrief(ConsultationPlan plan, ConsultationOutcome outcome) {
    }

    /**
     * The draft to review; the changes since the version the partner last reviewed (null: the first it sees), the
     * drafters' notes on every version since, and the partner's own earlier reviews.
     */
    record MouBrief(MouVersion draft, MouVersion lastSeen, List<MouDiff.Line> diff, long added, long removed,
                    List<MouVersion> notes, List<MouReview> yourReviews, String draftedBy) {
    }

    /** What intake screens beside the request's words (shown above them, translated if need be): documents, messages. */
    record ScreeningBrief(Long requestId, List<Attachment> attachments,
                          List<ScreeningMessage> messages) {
    }

    record ScreeningMessage(String author, java.time.Instant at, String body) {
    }

    /** The actions to report on and the rounds already reported. */
    record FollowUpBrief(List<FollowUpAction> actions, List<FollowUpReport> reports) {
    }

    private final RequestService requests;
    private final Screenings screenings;
    private final Consultations consultations;
    private final MouVersions mouVersions;
    private final FollowUps followUps;
    private final RequestLabels labels;
    private final Attachments attachments;
    private final TextTranslations translations;

    StepBriefs(RequestService requests, Screenings screenings, Consultations consultations, MouVersions mouVersions,
               FollowUps followUps, RequestLabels labels, Attachments attachments, TextTranslations translations) {
        this.translations = translations;
        this.attachments = attachments;
        this.requests = requests;
        this.screenings = screenings;
        this.consultations = consultations;
        this.mouVersions = mouVersions;
        this.followUps = followUps;
        this.labels = labels;
    }

    @Override
    public Optional<TaskBrief> briefOf(OpenTask task, CurrentUser reader, Locale locale) {
        Long requestId = task.requestId();
        if (ScreeningProcess.TASK_SCREEN.equals(task.taskKey())) {
            return Optional.of(screening(reader, requestId, locale));
        }
        Object details = switch (task.taskKey()) {
            case ScreeningProcess.TASK_ANSWER_CLARIFICATION -> clarification(requestId);
            case ConsultationProcess.TASK_CONFIRM_PLAN -> plan(requestId);
            case ConsultationProcess.TASK_GIVE_FEEDBACK -> feedback(requestId);
            case MouProcess.TASK_REVIEW_PARTNER -> mou(requestId);
            case FollowUpProcess.TASK_REPORT -> new FollowUpBrief(followUps.actions(requestId),
                    followUps.reports(requestId));
            default -> null;
        };
        return Optional.ofNullable(details)
                .map(d -> new TaskBrief(TEMPLATE, fragmentOf(task.taskKey()), d));
    }

    private static String fragmentOf(String taskKey) {
        return switch (taskKey) {
            case ScreeningProcess.TASK_ANSWER_CLARIFICATION -> "clarification";
            case ConsultationProcess.TASK_CONFIRM_PLAN -> "plan";
            case ConsultationProcess.TASK_GIVE_FEEDBACK -> "feedback";
            case MouProcess.TASK_REVIEW_PARTNER -> "mou";
            default -> "followup";
        };
    }

    /** The request as intake reads it, and the routing already applied pre-selected in the form (changeable). */
    private TaskBrief screening(CurrentUser reader, Long requestId, Locale locale) {
        requests.visible(reader, requestId); // refuses a reader who may not see the request
        // intake reads a partner's message in the desk's Korean or English once verified, like the request itself
        Map<Long, TextTranslation> translated = translations.ofRequest(requestId, TextTranslation.Subject.MESSAGE);
        List<ScreeningMessage> messages = requests.messages(reader, requestId).stream()
                .map(m -> new ScreeningMessage(labels.person(m.author()) + " · " + labels.organisation(m.authorOrg()),
                        m.createdAt(), Optional.ofNullable(translated.get(m.id())).filter(TextTranslation::verified)
                        .filter(t -> t.direction() == TextTranslation.Direction.TO_OFFICIALS)
                        .map(t -> t.forOfficial(locale)).orElse(m.body())))
                .toList();
        List<RequestAgency> agencies = requests.agenciesOf(requestId);
        Map<String, Object> routing = new LinkedHashMap<>();
        agencies.stream().filter(RequestAgency::lead).findFirst()
                .ifPresent(lead -> routing.put(ScreeningProcess.VAR_LEAD_AGENCY, lead.agencyCode()));
        List<String> supporting = agencies.stream().filter(a -> !a.lead()).map(RequestAgency::agencyCode).toList();
        if (!supporting.isEmpty()) {
            routing.put(ScreeningProcess.VAR_SUPPORTING_AGENCIES, supporting);
        }
        return new TaskBrief(TEMPLATE, "screening", new ScreeningBrief(requestId,
                attachments.of(reader, requestId), messages), routing);
    }

    private ClarificationBrief clarification(Long requestId) {
        List<Clarification> rounds = screenings.clarifications(requestId);
        Clarification open = rounds.stream().filter(Clarification::open)
                .max(java.util.Comparator.comparingInt(Clarification::roundNo)).orElse(null);
        List<Clarification> earlier = rounds.stream().filter(c -> c != open)
                .sorted(java.util.Comparator.comparingInt(Clarification::roundNo).reversed()).toList();
        return new ClarificationBrief(open, earlier, labels.group("intake"));
    }

    private PlanBrief plan(Long requestId) {
        List<ConsultationPlan> plans = consultations.plans(requestId).stream()
                .sorted(java.util.Comparator.comparingInt(ConsultationPlan::revisionNo)).toList();
        if (plans.isEmpty()) {
            return null;
        }
        ConsultationPlan plan = plans.get(plans.size() - 1);
        ConsultationPlan previous = plans.size() > 1 ? plans.get(plans.size() - 2) : null;
        return new PlanBrief(plan, previous, previous == null ? List.of() : changes(previous, plan),
                coordinators(requestId));
    }

    /** The parts of the plan that differ from the previous proposal (keys of the page's field names). */
    static List<String> changes(ConsultationPlan before, ConsultationPlan after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.modality(), after.modality())) {
            changed.add("modality");
        }
        if (!Objects.equals(before.startsOn(), after.startsOn()) || !Objects.equals(before.endsOn(), after.endsOn())) {
            changed.add("dates");
        }
        if (!Objects.equals(before.place(), after.place())) {
            changed.add("place");
        }
        if (!Objects.equals(before.agenda(), after.agenda())) {
            changed.add("agenda");
        }
        return changed;
    }

    private FeedbackBrief feedback(Long requestId) {
        ConsultationPlan plan = consultations.latestPlan(requestId).orElse(null);
        List<ConsultationOutcome> outcomes = consultations.outcomes(requestId);
        return new FeedbackBrief(plan, outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1));
    }

    private MouBrief mou(Long requestId) {
        List<MouVersion> versions = mouVersions.of(requestId).stream()
                .sorted(java.util.Comparator.comparingInt(MouVersion::versionNo)).toList();
        if (versions.isEmpty()) {
            return null;
        }
        MouVersion draft = versions.get(versions.size() - 1);
        List<MouReview> yourReviews = mouVersions.reviews(requestId).stream()
                .filter(r -> r.reviewer() == MouReviewer.PARTNER).toList();
        // the version the partner last saw is the last one it reviewed
        int seenNo = yourReviews.stream().mapToInt(MouReview::versionNo).filter(n -> n < draft.versionNo())
                .max().orElse(0);
        MouVersion lastSeen = versions.stream().filter(v -> v.versionNo() == seenNo).findFirst().orElse(null);
        List<MouDiff.Line> diff = lastSeen == null ? List.of() : MouDiff.between(lastSeen.body(), draft.body());
        List<MouVersion> notes = versions.stream()
                .filter(v -> v.versionNo() > seenNo && v.changeSummary() != null && !v.changeSummary().isBlank())
                .sorted(java.util.Comparator.comparingInt(MouVersion::versionNo).reversed()).toList();
        return new MouBrief(draft, lastSeen, diff, MouDiff.count(diff, MouDiff.Change.ADDED),
                MouDiff.count(diff, MouDiff.Change.REMOVED), notes, yourReviews, coordinators(requestId));
    }

    /** The lead agency's coordinators, who plan the consultation and draft the MOU. */
    private String coordinators(Long requestId) {
        return requests.agenciesOf(requestId).stream().filter(RequestAgency::lead).findFirst()
                .map(a -> labels.group("coordinator:" + a.agencyCode())).orElse(null);
    }
}
