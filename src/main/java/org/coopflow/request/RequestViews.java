package org.coopflow.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopflow.assignment.Assignments;
import org.coopflow.assignment.ExpertAssignment;
import org.coopflow.attachment.Attachment;
import org.coopflow.attachment.Attachments;
import org.coopflow.audit.AuditAccess;
import org.coopflow.audit.AuditEvent;
import org.coopflow.audit.AuditTrail;
import org.coopflow.form.FormDefinition;
import org.coopflow.form.FormDefinitions;
import org.coopflow.form.FormField;
import org.coopflow.form.FormOption;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.mou.MouVersion;
import org.coopflow.mou.MouVersions;
import org.coopflow.tasklist.FormSubmission;
import org.coopflow.tasklist.FormSubmissions;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the request pages show, assembled for one viewer: a partner sees its request, its documents, the
 * messages, a progress list without officials' names or internal records, and the MOU versions it reviews;
 * officials also see routing, experts and what was recorded at each step.
 */
@Component
class RequestViews {

    /** A row of the request list. */
    record Row(Long id, String reference, String title, String sector, RequestStatus status, String country,
               String partner, boolean urgent, Instant createdAt, List<String> pendingSteps, boolean waitingOnYou) {
    }

    /** An open step and who is expected to act. */
    record PendingStep(String step, String onWhom, boolean onYou, Instant due) {
    }

    record MessageView(String author, Instant at, String body, boolean fromYourSide) {
    }

    /** A line of the partner-safe progress list. */
    record ProgressEntry(Instant at, String text) {
    }

    record ExpertView(String agency, String expert, String status, int round, boolean lead, Instant respondedAt,
                      String reason) {
    }

    /** What was submitted at one step, field by field, with the form's labels. */
    record StepRecord(String step, String by, Instant at, List<FieldValue> values) {
    }

    record FieldValue(String label, String value) {
    }

    record Detail(RequestDetails request, boolean partnerView, List<PendingStep> pending, List<Attachment> attachments,
                  boolean mayUpload, List<MessageView> messages, boolean mayWithdraw, List<ProgressEntry> progress,
                  List<ProgressEntry> routing, List<ExpertView> experts, List<StepRecord> steps,
                  List<MouVersion> mouVersions, boolean mayAudit, String cockpitUrl) {
    }

    /** What partners see of the history: their submission, status changes, messages, documents, withdrawal. */
    private static final Set<String> PARTNER_SAFE_ACTIONS = Set.of("SUBMITTED", "STATUS_CHANGED", "MESSAGE_POSTED",
            "CLARIFICATION_ANSWERED", "ATTACHMENT_ADDED", "WITHDRAWAL_REQUESTED");
    private static final Set<String> ROUTING_ACTIONS = Set.of("ROUTED", "ROUTING_OVERRIDDEN");

    private final RequestService requests;
    private final TaskList taskList;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final AuditAccess auditAccess;
    private final Assignments assignments;
    private final MouVersions mouVersions;
    private final FormSubmissions submissions;
    private final FormDefinitions forms;
    private final RequestLabels labels;
    private final MessageSource messages;

    RequestViews(RequestService requests, TaskList taskList, Attachments attachments, AuditTrail audit,
                 AuditAccess auditAccess, Assignments assignments, MouVersions mouVersions,
                 FormSubmissions submissions, FormDefinitions forms, RequestLabels labels, MessageSource messages) {
        this.requests = requests;
        this.taskList = taskList;
        this.attachments = attachments;
        this.audit = audit;
        this.auditAccess = auditAccess;
        this.assignments = assignments;
        this.mouVersions = mouVersions;
        this.submissions = submissions;
        this.forms = forms;
        this.labels = labels;
        this.messages = messages;
    }

    /** One indexed query per row for its open tasks: a page has at most 50 rows. */
    List<Row> rows(CurrentUser viewer, Collection<RequestSummary> summaries) {
        List<Row> rows = new ArrayList<>();
        for (RequestSummary s : summaries) {
            List<OpenTask> open = s.status().isClosed() ? List.of() : taskList.openTasksOf(s.id());
            List<OpenTask> shown = viewer.isPartner() ? open.stream().filter(OpenTask::onPartner).toList() : open;
            rows.add(new Row(s.id(), s.reference(), s.title(), labels.sector(s.sector()), s.status(),
                    labels.country(s.countryCode()), labels.organisation(s.partnerOrg()), s.urgent(), s.createdAt(),
                    shown.stream().map(t -> labels.step(t.taskKey(), t.name())).distinct().toList(),
                    viewer.isPartner() && !shown.isEmpty()));
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
        List<AuditEvent> events = audit.of(request.id());
        boolean official = !partnerView;
        return new Detail(details, partnerView,
                pending(viewer, details.pending(), person, locale),
                attachments.of(viewer, id),
                attachments.mayUpload(viewer, request),
                messages(viewer, request, person),
                partnerView && request.partnerOrg().equals(viewer.organisationCode()) && !request.status().isClosed(),
                progress(events, locale),
                official ? routing(events, person) : List.of(),
                official ? experts(request.id(), person) : List.of(),
                official ? steps(request.id(), person, locale) : List.of(),
                mouVersions.of(request.id()), // the partner reviews the drafts of its own requests
                auditAccess.mayAudit(viewer, request),
                // Cockpit (Community Edition) shows running instances only: its history view is an Enterprise feature
                (viewer.has(Role.MANAGER) || viewer.has(Role.ADMIN)) && request.processInstanceId() != null
                        && !request.status().isClosed()
                        ? "/camunda/app/cockpit/default/#/process-instance/" + request.processInstanceId() : null);
    }

    private List<PendingStep> pending(CurrentUser viewer, List<OpenTask> open, Function<String, String> person,
                                      Locale locale) {
        List<PendingStep> pending = new ArrayList<>();
        for (OpenTask task : open) {
            String onWhom;
            boolean onYou = viewer.username().equals(task.assignee())
                    || task.candidateGroups().stream().anyMatch(viewer.groups()::contains);
            if (viewer.isPartner()) {
                // partners learn whether it is on them, never which official holds it
                onWhom = text(task.onPartner() ? "requests.pending.onYourOrganisation" : "requests.pending.onKorea",
                        locale);
            } else if (task.assignee() != null) {
                onWhom = person.apply(task.assignee());
            } else {
                onWhom = task.candidateGroups().stream().map(labels::group).collect(Collectors.joining(", "));
            }
            pending.add(new PendingStep(labels.step(task.taskKey(), task.name()), onWhom, onYou, task.due()));
        }
        return pending;
    }

    private List<MessageView> messages(CurrentUser viewer, CooperationRequest request,
                                       Function<String, String> person) {
        List<MessageView> views = new ArrayList<>();
        for (RequestMessage m : requests.messages(viewer, request.id())) {
            boolean fromPartner = request.partnerOrg().equals(m.authorOrg());
            boolean fromYourSide = viewer.isPartner() == fromPartner;
            // partners see the agency that wrote, officials the person and their organisation
            String author = viewer.isPartner() && !fromPartner ? labels.organisation(m.authorOrg())
                    : person.apply(m.author()) + " · " + labels.organisation(m.authorOrg());
            views.add(new MessageView(author, m.createdAt(), m.body(), fromYourSide));
        }
        return views;
    }

    private List<ProgressEntry> progress(List<AuditEvent> events, Locale locale) {
        List<ProgressEntry> progress = new ArrayList<>();
        for (AuditEvent e : events) {
            if (!PARTNER_SAFE_ACTIONS.contains(e.action())) {
                continue;
            }
            String text = switch (e.action()) {
                case "STATUS_CHANGED" -> messages.getMessage("requests.progress.STATUS_CHANGED",
                        new Object[]{statusLabel(newStatusOf(e.details()), locale)}, locale);
                case "ATTACHMENT_ADDED" -> messages.getMessage("requests.progress.ATTACHMENT_ADDED",
                        new Object[]{filenameOf(e.details())}, locale);
                case "WITHDRAWAL_REQUESTED" -> messages.getMessage("requests.progress.WITHDRAWAL_REQUESTED",
                        new Object[]{e.details() == null ? "" : e.details()}, locale);
                default -> text("requests.progress." + e.action(), locale);
            };
            progress.add(new ProgressEntry(e.createdAt(), text));
        }
        return progress;
    }

    private List<ProgressEntry> routing(List<AuditEvent> events, Function<String, String> person) {
        return events.stream().filter(e -> ROUTING_ACTIONS.contains(e.action()))
                .map(e -> new ProgressEntry(e.createdAt(), person.apply(e.actor()) + ": "
                        + (e.details() == null ? e.action() : labels.routing(e.details()))))
                .toList();
    }

    private List<ExpertView> experts(Long requestId, Function<String, String> person) {
        List<ExpertView> views = new ArrayList<>();
        for (ExpertAssignment a : assignments.of(requestId)) {
            views.add(new ExpertView(labels.agency(a.agencyCode()), person.apply(a.expertUsername()),
                    a.status().name(), a.roundNo(), a.leadExpert(), a.respondedAt(), a.responseReason()));
        }
        return views;
    }

    private List<StepRecord> steps(Long requestId, Function<String, String> person, Locale locale) {
        List<StepRecord> steps = new ArrayList<>();
        for (FormSubmission s : submissions.of(requestId)) {
            Map<String, Object> values = submissions.values(s);
            FormDefinition form = forms.find(s.taskKey()).orElse(null);
            List<FieldValue> shown = new ArrayList<>();
            if (form != null) {
                for (FormField field : form.fields()) {
                    Object value = values.get(field.key());
                    if (value != null) {
                        shown.add(new FieldValue(text("form." + form.id() + "." + field.key(), field.label(), locale),
                                display(form, field, value, person, locale)));
                    }
                }
            } else {
                values.forEach((key, value) -> shown.add(new FieldValue(key, String.valueOf(value))));
            }
            steps.add(new StepRecord(labels.step(s.taskKey(), s.taskKey()), person.apply(s.submittedBy()),
                    s.submittedAt(), shown));
        }
        return steps;
    }

    /** A submitted value as the form offered it: option labels, people's and agencies' names, yes/no. */
    private String display(FormDefinition form, FormField field, Object value, Function<String, String> person,
                           Locale locale) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> display(form, field, v, person, locale)).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean yes) {
            return text(yes ? "common.yes" : "common.no", locale);
        }
        String raw = String.valueOf(value);
        if (field.isDate()) {
            return labels.date(raw); // "2026-03-01" as the reader writes dates
        }
        if ("agencies".equals(field.valuesKey())) {
            return labels.agency(raw);
        }
        if (field.valuesKey() != null) {
            return person.apply(raw); // expert suggestions and team members are user names
        }
        for (FormOption option : field.options()) {
            if (option.value().equals(raw)) {
                return text("form." + form.id() + "." + field.key() + "." + raw, option.label(), locale);
            }
        }
        return raw;
    }

    private String statusLabel(String status, Locale locale) {
        return status == null ? "" : text("status." + status, status, locale);
    }

    /** STATUS_CHANGED details read "SCREENING → ASSIGNING_EXPERTS" (RequestLifecycle). */
    private static String newStatusOf(String details) {
        if (details == null) {
            return null;
        }
        int arrow = details.lastIndexOf('→');
        return (arrow < 0 ? details : details.substring(arrow + 1)).strip();
    }

    /** ATTACHMENT_ADDED details start with the file name (Attachments). */
    private static String filenameOf(String details) {
        if (details == null) {
            return "";
        }
        int separator = details.indexOf(" · ");
        return separator < 0 ? details : details.substring(0, separator);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private String text(String code, String fallback, Locale locale) {
        return messages.getMessage(code, null, fallback, locale);
    }
}
