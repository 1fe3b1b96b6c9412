package org.coopflow.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopflow.assignment.Assignments;
import org.coopflow.assignment.ExpertAssignment;
import org.coopflow.assignment.NominationRound;
import org.coopflow.assignment.TeamDecision;
import org.coopflow.attachment.Attachment;
import org.coopflow.attachment.Attachments;
import org.coopflow.audit.AuditAccess;
import org.coopflow.audit.Timeline;
import org.coopflow.audit.TimelineLine;
import org.coopflow.consultation.ConsultationFeedback;
import org.coopflow.consultation.ConsultationOutcome;
import org.coopflow.consultation.ConsultationPlan;
import org.coopflow.consultation.Consultations;
import org.coopflow.followup.ClosureDecision;
import org.coopflow.followup.CooperationEvaluation;
import org.coopflow.followup.FollowUpAction;
import org.coopflow.followup.FollowUpReport;
import org.coopflow.followup.FollowUpReview;
import org.coopflow.followup.FollowUps;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.mou.MouReview;
import org.coopflow.mou.MouReviewer;
import org.coopflow.mou.MouSigning;
import org.coopflow.mou.MouVersion;
import org.coopflow.mou.MouVersions;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestDetails;
import org.coopflow.request.RequestLabels;
import org.coopflow.request.MessageStatus;
import org.coopflow.request.PartnerLanguage;
import org.coopflow.request.RequestMessage;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestStatus;
import org.coopflow.request.RequestSummary;
import org.coopflow.screening.Clarification;
import org.coopflow.screening.ScreeningDecision;
import org.coopflow.screening.Screenings;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.coopflow.tasklist.TaskNames;
import org.coopflow.translation.TextTranslation;
import org.coopflow.translation.TextTranslations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the request pages show, assembled for one viewer from every stage's records: a partner sees its request, what
 * is asked of it (the clarification questions, the consultation plans, the MOU drafts, the follow-up actions), the
 * documents, the messages and a history without officials' names; officials also see the screening decisions, the
 * experts, the reviews and the evaluation.
 */
@Component
class RequestViews {

    /**
     * A row of the request list.
     *
     * @param waitingTaskId the partner's first open step, where "Waiting on you" leads (null: none)
     */
    record Row(Long id, String reference, String title, String sector, RequestStatus status, String country,
               String partner, boolean urgent, Instant createdAt, List<String> pendingSteps, boolean waitingOnYou,
               String waitingTaskId) {
    }

    /** An open step and who is expected to act; {@code taskId} is where the reader acts on it (onYou). */
    record PendingStep(String step, String onWhom, boolean onYou, Instant due, String taskId) {
    }

    /**
     * A message as this reader reads it. {@code body} is the reader's text: an official reads what was written (or
     * the desk's Korean/English version of a partner's message, {@link MessageState#TRANSLATED}); a partner reads its
     * own words and an official's message in the partner's language when the desk translated it. {@code otherText} and
     * {@code otherLanguage}: the other version (the translation sent, or the original), or the language it goes to.
     */
    record MessageView(Long id, String author, Instant at, String body, boolean fromYourSide, MessageState state,
                       String otherText, String otherLanguage) {
    }

    enum MessageState {
        /** As written, no translation involved. */
        PLAIN,
        /** An official's message with the translation desk: not sent to the partner yet (officials only). */
        AT_DESK,
        /** Held at the desk when the request ended: never sent (officials only). */
        NOT_SENT,
        /** An official's message sent with the desk's translation into the partner's language (officials' view). */
        SENT_TRANSLATED,
        /** A partner's message the desk is translating for officials: shown as written meanwhile. */
        TRANSLATING,
        /** A partner's message in the desk's Korean or English version, with the original to unfold. */
        TRANSLATED
    }

    record ExpertView(String agency, String expert, String status, int round, boolean lead, Instant respondedAt,
                      String reason) {
    }

    /** Each stage's records as this viewer may see them (empty lists where a stage has nothing, or not for them). */
    record Stages(List<ScreeningDecision> screeningDecisions, List<Clarification> clarifications,
                  List<NominationRound> nominations, List<ExpertView> experts, List<TeamDecision> teamDecisions,
                  List<ConsultationPlan> plans, List<ConsultationOutcome> outcomes,
                  List<ConsultationFeedback> feedbacks, List<MouVersion> mouVersions, List<MouReview> mouReviews,
                  List<MouSigning> signings, Map<Long, String> signedCopies, List<FollowUpAction> actions,
                  List<FollowUpReport> reports, Map<Long, Map<Long, String>> actionProgress,
                  List<FollowUpReview> reviews, List<CooperationEvaluation> evaluations,
                  List<ClosureDecision> closures) {
    }

    record Detail(RequestDetails request, boolean partnerView, List<PendingStep> pending, List<Attachment> attachments,
                  boolean mayUpload, List<MessageView> messages, boolean mayWrite, boolean mayWithdraw,
                  List<TimelineLine> progress, Stages stages, boolean mayAudit, String cockpitUrl,
                  List<ProgressBar.ProgressStep> steps, String partnerLanguage, boolean alwaysTranslated) {
    }

    private final RequestService requests;
    private final TaskList taskList;
    private final Attachments attachments;
    private final Timeline timeline;
    private final AuditAccess auditAccess;
    private final Screenings screenings;
    private final Assignments assignments;
    private final Consultations consultations;
    private final MouVersions mouVersions;
    private final FollowUps followUps;
    private final RequestLabels labels;
    private final MessageSource messages;
    private final ProgressBar progressBar;
    private final TextTranslations textTranslations;

    RequestViews(TextTranslations textTranslations, RequestService requests, TaskList taskList,
                 Attachments attachments, Timeline timeline, AuditAccess auditAccess, Screenings screenings, Assignments assignments, Consultations consultations,
                 MouVersions mouVersions, FollowUps followUps, RequestLabels labels, MessageSource messages,
                 ProgressBar progressBar) {
        this.progressBar = progressBar;
        this.textTranslations = textTranslations;
        this.requests = requests;
        this.taskList = taskList;
        this.attachments = attachments;
        this.timeline = timeline;
        this.auditAccess = auditAccess;
        this.screenings = screenings;
        this.assignments = assignments;
        this.consultations = consultations;
        this.mouVersions = mouVersions;
        this.followUps = followUps;
        this.labels = labels;
        this.messages = messages;
    }

    /** One indexed query per row for its open tasks: a page has at most 50 rows. */
    List<Row> rows(CurrentUser viewer, Collection<RequestSummary> summaries, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (RequestSummary s : summaries) {
            List<OpenTask> open = s.status().isClosed() ? List.of() : taskList.openTasksOf(s.id());
            List<OpenTask> shown = viewer.isPartner() ? open.stream().filter(OpenTask::onPartner).toList() : open;
            rows.add(new Row(s.id(), s.reference(), s.title(), labels.sector(s.sector()), s.status(),
                    labels.country(s.countryCode()), labels.organisation(s.partnerOrg()), s.urgent(), s.createdAt(),
                    shown.stream().map(t -> stepName(t, locale)).distinct().toList(),
                    viewer.isPartner() && !shown.isEmpty(),
                    viewer.isPartner() && !shown.isEmpty() ? shown.get(0).taskId() : null));
        }
        return rows;
    }

    Detail detail(CurrentUser viewer, Long id, Locale locale) {
        CooperationRequest request = requests.visible(viewer, id);
        RequestDetails details = requests.get(viewer, id);
        boolean partnerView = viewer.isPartner();
        Map<String, String> names = new HashMap<>();
        Function<String, String> person = username -> names.computeIfAbsent(String.valueOf(username),
                u -> labels.person(username));
        List<OpenTask> open = request.status().isClosed() ? List.of() : taskList.openTasksOf(request.id());
        return new Detail(details, partnerView,
                pending(viewer, open, person, locale),
                attachments.of(viewer, id),
                attachments.mayUpload(viewer, request),
                messages(viewer, request, person, locale),
                requests.mayWrite(viewer, request) && !request.status().isClosed(),
                partnerView && request.partnerOrg().equals(viewer.organisationCode()) && !request.status().isClosed(),
                partnerView ? timeline.forPartner(request.id(), locale) : timeline.progress(request.id(), locale),
                stages(request.id(), partnerView, person),
                auditAccess.mayAudit(viewer, request),
                // Cockpit (Community Edition) shows running instances only: its history view is an Enterprise feature
                (viewer.has(Role.MANAGER) || viewer.has(Role.ADMIN)) && request.processInstanceId() != null
                        && !request.status().isClosed()
                        ? "/camunda/app/cockpit/default/#/process-instance/" + request.processInstanceId() : null,
                progressBar.of(viewer, request, open),
                // an official writing to a partner with a language of its own: the desk translates (always, or asked)
                partnerView ? null : PartnerLanguage.of(request),
                !partnerView && PartnerLanguage.needsTranslation(request));
    }

    /** Officials see every record; a partner what it gave and what was asked of or decided for it. */
    private Stages stages(Long requestId, boolean partnerView, Function<String, String> person) {
        boolean officials = !partnerView;
        List<MouReview> reviews = mouVersions.reviews(requestId).stream()
                .filter(r -> officials || r.reviewer() == MouReviewer.PARTNER).toList();
        List<MouSigning> signings = mouVersions.signings(requestId);
        Map<Long, String> signedCopies = new HashMap<>();
        signings.stream().filter(s -> s.signedCopyId() != null).forEach(s -> attachments
                .find(requestId, s.signedCopyId()).ifPresent(a -> signedCopies.put(s.signedCopyId(), a.filename())));
        return new Stages(
                officials ? screenings.decisions(requestId) : List.of(),
                screenings.clarifications(requestId),
                officials ? assignments.nominationRounds(requestId) : List.of(),
                officials ? experts(requestId, person) : List.of(),
                officials ? assignments.teamDecisions(requestId) : List.of(),
                consultations.plans(requestId),
                consultations.outcomes(requestId),
                consultations.feedbacks(requestId),
                mouVersions.of(requestId),
                reviews,
                signings,
                signedCopies,
                followUps.actions(requestId),
                followUps.reports(requestId),
                followUps.actionProgress(requestId),
                officials ? followUps.reviews(requestId) : List.of(),
                officials ? followUps.evaluations(requestId) : List.of(),
                officials ? followUps.closureDecisions(requestId) : List.of());
    }

    private List<PendingStep> pending(CurrentUser viewer, List<OpenTask> open, Function<String, String> person,
                                      Locale locale) {
        List<PendingStep> pending = new ArrayList<>();
        for (OpenTask task : open) {
            String onWhom;
            boolean onYou = viewer.username().equals(task.assignee())
                    || task.candidateGroups().stream().anyMatch(viewer.groups()::contains);
            if (viewer.isPartner()) {
                // partners learn whether it is on them, or which agency and role has it — never which official
                String agencies = task.candidateGroups().stream().filter(g -> !g.startsWith("user:"))
                        .map(labels::group).collect(Collectors.joining(", "));
                onWhom = task.onPartner() ? text("requests.pending.onYourOrganisation", locale)
                        : agencies.isEmpty() ? text("requests.pending.onKorea", locale) : agencies;
            } else if (task.assignee() != null) {
                onWhom = person.apply(task.assignee());
            } else {
                onWhom = task.candidateGroups().stream().map(labels::group).collect(Collectors.joining(", "));
            }
            pending.add(new PendingStep(stepName(task, locale), onWhom, onYou, task.due(), onYou ? task.taskId() : null));
        }
        return pending;
    }

    private List<MessageView> messages(CurrentUser viewer, CooperationRequest request,
                                       Function<String, String> person, Locale locale) {
        Map<Long, TextTranslation> translated = textTranslations.ofRequest(request.id(),
                TextTranslation.Subject.MESSAGE);
        List<MessageView> views = new ArrayList<>();
        for (RequestMessage m : requests.messages(viewer, request.id())) {
            boolean fromPartner = request.partnerOrg().equals(m.authorOrg());
            boolean fromYourSide = viewer.isPartner() == fromPartner;
            // partners see the agency that wrote, officials the person and their organisation
            String author = viewer.isPartner() && !fromPartner ? labels.organisation(m.authorOrg())
                    : person.apply(m.author()) + " · " + labels.organisation(m.authorOrg());
            views.add(view(m, author, fromYourSide, translated.get(m.id()), viewer.isPartner(), locale));
        }
        return views;
    }

    /** Partners always read their own language: their words, or the desk's verified text of an official's message. */
    private static MessageView view(RequestMessage m, String author, boolean fromYourSide, TextTranslation t,
                                    boolean partner, Locale locale) {
        if (t == null) {
            return new MessageView(m.id(), author, m.createdAt(), m.body(), fromYourSide, MessageState.PLAIN, null, null);
        }
        if (t.direction() == TextTranslation.Direction.TO_PARTNER) {
            if (partner) {
                // only a message sent reaches a partner, and it is sent with its verified translation
                return new MessageView(m.id(), author, m.createdAt(), t.verified() ? t.textPartner() : m.body(),
                        fromYourSide, MessageState.PLAIN, null, null);
            }
            if (m.status() == MessageStatus.NOT_SENT) {
                return new MessageView(m.id(), author, m.createdAt(), m.body(), fromYourSide, MessageState.NOT_SENT,
                        null, t.targetLanguage());
            }
            return t.verified() && m.sent()
                    ? new MessageView(m.id(), author, m.createdAt(), m.body(), fromYourSide,
                    MessageState.SENT_TRANSLATED, t.textPartner(), t.targetLanguage())
                    : new MessageView(m.id(), author, m.createdAt(), m.body(), fromYourSide, MessageState.AT_DESK,
                    null, t.targetLanguage());
        }
        if (partner) {
            return new MessageView(m.id(), author, m.createdAt(), m.body(), fromYourSide, MessageState.PLAIN, null, null);
        }
        return t.verified()
                ? new MessageView(m.id(), author, m.createdAt(), t.forOfficial(locale), fromYourSide,
                MessageState.TRANSLATED, m.body(), t.sourceLanguage())
                : new MessageView(m.id(), author, m.createdAt(), m.body(), fromYourSide, MessageState.TRANSLATING,
                null, t.sourceLanguage());
    }

    private List<ExpertView> experts(Long requestId, Function<String, String> person) {
        List<ExpertView> views = new ArrayList<>();
        for (ExpertAssignment a : assignments.of(requestId)) {
            views.add(new ExpertView(labels.agency(a.agencyCode()), person.apply(a.expertUsername()),
                    a.status().name(), a.roundNo(), a.leadExpert(), a.respondedAt(), a.responseReason()));
        }
        return views;
    }

    private String stepName(OpenTask task, Locale locale) {
        return messages.getMessage(TaskNames.of(task.taskKey(), task.name()), locale);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
