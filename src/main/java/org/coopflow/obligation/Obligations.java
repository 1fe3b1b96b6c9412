package org.coopflow.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.coopflow.attachment.Attachments;
import org.coopflow.calendar.CalendarKind;
import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.identity.CurrentUser;
import org.coopflow.mou.MouSigning;
import org.coopflow.mou.MouVersions;
import org.coopflow.reference.ReferenceData;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestProcess;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.GeneratedId;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.shared.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The MOU obligations register: the term and commitments recorded at signing, each commitment's occurrences coming
 * due as tasks of the responsible party (one small process instance per occurrence: its reminder, its date and its
 * deadline are engine timers, so any node of the cluster fires each once), the fulfilments with their evidence, and
 * the MOU's renewal and expiry notices (a process per MOU with an expiry date). Every change is published as an
 * id-only event; the audit trail and the mails listen. Times are the engine's clock, so tests can move it.
 */
@Service
public class Obligations {

    /** The term as entered on the signing form. */
    record NewTerm(LocalDate inForceFrom, LocalDate expiresOn, Integer renewalNoticeDays) {
    }

    /** One commitment as entered: clause, what is due, who (an agency's code or PARTNER), how often, from when. */
    record NewObligation(String clause, String description, String party, Recurrence recurrence, LocalDate firstDueOn) {
    }

    /** What the model needs when an occurrence comes due: its deadline and who works on it. */
    record DueOccurrence(Date fulfilBy, String responsibleGroup) {
    }

    /** Notices go out at the start of a working day, where their readers are. */
    private static final LocalTime NOTICE_TIME = LocalTime.of(9, 0);
    private static final int MAX_NOTICE_DAYS = 3650;
    private static final int CSV_LIMIT = 10_000;

    private final ObligationMapper mapper;
    private final MouVersions mous;
    private final RequestLifecycle requests;
    private final ReferenceData reference;
    private final WorkingCalendars calendars;
    private final Attachments attachments;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final ObligationSettings settings;

    Obligations(ObligationMapper mapper, MouVersions mous, RequestLifecycle requests, ReferenceData reference,
                WorkingCalendars calendars, Attachments attachments, RuntimeService runtime,
                ApplicationEventPublisher events, ObligationSettings settings) {
        this.mapper = mapper;
        this.mous = mous;
        this.requests = requests;
        this.reference = reference;
        this.calendars = calendars;
        this.attachments = attachments;
        this.runtime = runtime;
        this.events = events;
        this.settings = settings;
    }

    // ---------------------------------------------------------------- recorded at signing

    /**
     * The term and the commitments of the MOU just signed (the request's latest signing). Every rule is checked before
     * anything is written, each broken one reported at its field (a commitment's at its cell of the list).
     */
    void recordAtSigning(Long requestId, NewTerm term, List<NewObligation> obligations, String actor) {
        validate(term, obligations);
        List<MouSigning> signings = mous.signings(requestId);
        if (signings.isEmpty()) {
            throw new ConflictException("obligations.noSigning");
        }
        MouSigning signing = signings.get(signings.size() - 1);
        if (mapper.findTermBySigning(signing.id()) != null) {
            throw new ConflictException("obligations.termRecorded");
        }
        CooperationRequest request = requests.find(requestId);
        String title = mous.version(requestId, signing.versionNo()).title();
        GeneratedId row = new GeneratedId();
        mapper.insertTerm(row, requestId, signing.id(), title, request.partnerOrg(), request.countryCode(),
                requests.leadAgency(requestId), signing.signedOn(), term.inForceFrom(), term.expiresOn(),
                term.expiresOn() == null ? null : term.renewalNoticeDays(), actor, now());
        MouTerm recorded = mapper.findTerm(row.getId());
        events.publishEvent(new MouTermRecorded(requestId, recorded.id()));
        for (NewObligation entered : obligations) {
            GeneratedId obligationRow = new GeneratedId();
            boolean partner = ObligationProcess.PARTY_PARTNER.equals(entered.party());
            mapper.insertObligation(obligationRow, recorded.id(), requestId, entered.clause(), entered.description(),
                    partner ? PartyKind.PARTNER : PartyKind.AGENCY, partner ? request.partnerOrg() : entered.party(),
                    entered.recurrence(), entered.firstDueOn(), actor, now());
            Obligation obligation = mapper.findObligation(obligationRow.getId());
            events.publishEvent(new ObligationRecorded(requestId, obligation.id()));
            schedule(obligation, recorded, request, 1);
        }
        if (recorded.expiresOn() != null) {
            startTerm(recorded, request);
        }
    }

    private void validate(NewTerm term, List<NewObligation> obligations) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (term.inForceFrom() == null) {
            errors.put(ObligationProcess.VAR_IN_FORCE_FROM, "form.required");
        }
        if (term.expiresOn() != null) {
            if (term.inForceFrom() != null && !term.expiresOn().isAfter(term.inForceFrom())) {
                errors.put(ObligationProcess.VAR_EXPIRES_ON, "obligations.expires.beforeInForce");
            }
            if (term.renewalNoticeDays() == null) {
                errors.put(ObligationProcess.VAR_RENEWAL_NOTICE_DAYS, "obligations.renewalNotice.required");
            } else if (term.renewalNoticeDays() < 0 || term.renewalNoticeDays() > MAX_NOTICE_DAYS) {
                errors.put(ObligationProcess.VAR_RENEWAL_NOTICE_DAYS, "obligations.renewalNotice.range");
            }
        }
        for (int i = 0; i < obligations.size(); i++) {
            NewObligation o = obligations.get(i);
            String firstDue = cell(i, ObligationProcess.FIELD_FIRST_DUE);
            if (!ObligationProcess.PARTY_PARTNER.equals(o.party()) && !reference.isAgency(o.party())) {
                errors.put(cell(i, ObligationProcess.FIELD_PARTY), "form.invalidOption");
            }
            if (term.inForceFrom() != null && o.firstDueOn().isBefore(term.inForceFrom())) {
                errors.put(firstDue, "obligations.firstDue.beforeInForce");
            } else if (term.expiresOn() != null && o.firstDueOn().isAfter(term.expiresOn())) {
                errors.put(firstDue, "obligations.firstDue.afterExpiry");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static String cell(int row, String column) {
        return ObligationProcess.VAR_OBLIGATIONS + "[" + row + "]." + column;
    }

    /** The n-th occurrence: its row and its process instance (reminder, date, task, deadline). */
    private void schedule(Obligation obligation, MouTerm term, CooperationRequest request, int seqNo) {
        LocalDate dueOn = obligation.recurrence().dueOn(obligation.firstDueOn(), seqNo);
        GeneratedId row = new GeneratedId();
        mapper.insertOccurrence(row, obligation.id(), seqNo, dueOn);
        ZoneId zone = zoneOf(obligation);
        Instant now = now();
        Instant comesDue = dueOn.atStartOfDay(zone).toInstant();
        Instant reminder = dueOn.minus(settings.reminderBefore()).atTime(NOTICE_TIME).atZone(zone).toInstant();
        boolean remind = !settings.reminderBefore().isZero() && comesDue.isAfter(now);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(RequestProcess.VAR_REQUEST_ID, request.id());
        variables.put(RequestProcess.VAR_REFERENCE, request.reference());
        variables.put(ObligationProcess.VAR_TERM_ID, term.id());
        variables.put(ObligationProcess.VAR_OBLIGATION_ID, obligation.id());
        variables.put(ObligationProcess.VAR_OCCURRENCE_ID, row.getId());
        variables.put(ObligationProcess.VAR_REMIND_FIRST, remind);
        variables.put(ObligationProcess.VAR_REMINDER_AT, Date.from(reminder.isBefore(now) ? now : reminder));
        variables.put(ObligationProcess.VAR_COMES_DUE_AT, Date.from(comesDue));
        runtime.createProcessInstanceByKey(ObligationProcess.PROCESS_OCCURRENCE).businessKey(request.reference())
                .setVariables(variables).execute();
    }

    private void startTerm(MouTerm term, CooperationRequest request) {
        ZoneId seoul = WorkingCalendars.SEOUL;
        Instant renewal = term.renewalNoticeOn().atTime(NOTICE_TIME).atZone(seoul).toInstant();
        Instant expiryNotice = term.expiresOn().minus(settings.expiryNoticeBefore()).atTime(NOTICE_TIME).atZone(seoul)
                .toInstant();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(RequestProcess.VAR_REQUEST_ID, request.id());
        variables.put(RequestProcess.VAR_REFERENCE, request.reference());
        variables.put(ObligationProcess.VAR_TERM_ID, term.id());
        variables.put(ObligationProcess.VAR_RENEWAL_NOTICE_AT, Date.from(renewal));
        // a second notice only when it comes after the renewal notice (a short notice period needs none)
        variables.put(ObligationProcess.VAR_EXPIRY_NOTICE, expiryNotice.isAfter(renewal));
        variables.put(ObligationProcess.VAR_EXPIRY_NOTICE_AT, Date.from(expiryNotice));
        variables.put(ObligationProcess.VAR_EXPIRES_AT,
                Date.from(term.expiresOn().plusDays(1).atStartOfDay(seoul).toInstant()));
        runtime.createProcessInstanceByKey(ObligationProcess.PROCESS_TERM).businessKey(request.reference())
                .setVariables(variables).execute();
    }

    // ---------------------------------------------------------------- moved by the models

    void remind(Long occurrenceId) {
        if (mapper.markReminded(occurrenceId, now()) > 0) {
            events.publishEvent(new ObligationReminded(obligationOf(occurrenceId).requestId(), occurrenceId));
        }
    }

    /**
     * The date came: the task's deadline is this many working days of the responsible party's calendar; a recurring
     * obligation's next occurrence is scheduled now, unless it would fall after the MOU expires.
     */
    DueOccurrence comeDue(Long occurrenceId) {
        Occurrence occurrence = mapper.findOccurrence(occurrenceId);
        Obligation obligation = mapper.findObligation(occurrence.obligationId());
        MouTerm term = mapper.findTerm(obligation.termId());
        Instant now = now();
        Instant fulfilBy = calendars.due(obligation.partyKind() == PartyKind.PARTNER ? CalendarKind.PARTNER
                : CalendarKind.KOREA, term.partnerOrg(), now, settings.fulfilmentWorkingDays());
        if (mapper.markDue(occurrenceId, fulfilBy, now) > 0) {
            events.publishEvent(new ObligationCameDue(obligation.requestId(), occurrenceId));
            LocalDate next = obligation.recurrence().dueOn(obligation.firstDueOn(), occurrence.seqNo() + 1);
            if (obligation.recurrence().recurs() && (term.expiresOn() == null || !next.isAfter(term.expiresOn()))) {
                schedule(obligation, term, requests.find(obligation.requestId()), occurrence.seqNo() + 1);
            }
        }
        return new DueOccurrence(Date.from(fulfilBy), responsibleGroup(obligation));
    }

    void markOverdue(Long occurrenceId) {
        if (mapper.markOverdue(occurrenceId, now()) > 0) {
            events.publishEvent(new ObligationOverdue(obligationOf(occurrenceId).requestId(), occurrenceId));
        }
    }

    /** Met, with a document of the request as evidence (required). */
    void fulfil(Long occurrenceId, Long evidenceId, String note, String actor) {
        Obligation obligation = obligationOf(occurrenceId);
        if (evidenceId == null) {
            throw new InvalidInputException(ObligationProcess.VAR_EVIDENCE, "obligations.evidence.required");
        }
        if (attachments.find(obligation.requestId(), evidenceId).isEmpty()) {
            throw new InvalidInputException(ObligationProcess.VAR_EVIDENCE, "form.invalidOption");
        }
        if (mapper.markFulfilled(occurrenceId, evidenceId, note, actor, now()) == 0) {
            throw new ConflictException("obligations.notOpen");
        }
        events.publishEvent(new ObligationFulfilled(obligation.requestId(), occurrenceId));
    }

    void noticeRenewal(Long termId) {
        MouTerm term = mapper.findTerm(termId);
        if (mapper.updateTermStatus(termId, TermStatus.IN_FORCE, TermStatus.EXPIRING, "renewal", now()) > 0) {
            events.publishEvent(new MouRenewalDue(term.requestId(), termId));
        }
    }

    void noticeExpiry(Long termId) {
        MouTerm term = mapper.findTerm(termId);
        if (mapper.stampExpiryNotice(termId, now()) > 0) {
            events.publishEvent(new MouExpiryNear(term.requestId(), termId));
        }
    }

    void expire(Long termId) {
        MouTerm term = mapper.findTerm(termId);
        int moved = mapper.updateTermStatus(termId, TermStatus.EXPIRING, TermStatus.EXPIRED, "expired", now())
                + mapper.updateTermStatus(termId, TermStatus.IN_FORCE, TermStatus.EXPIRED, "expired", now());
        if (moved > 0) {
            events.publishEvent(new MouExpired(term.requestId(), termId));
        }
    }

    /** coordinator:&lt;AGENCY&gt; for a Korean agency's obligation, partner:&lt;ORG&gt; for the partner's. */
    public static String responsibleGroup(Obligation obligation) {
        return obligation.partyKind() == PartyKind.PARTNER ? RequestProcess.partnerGroup(obligation.partyCode())
                : RequestProcess.coordinatorGroup(obligation.partyCode());
    }

    /** Korea's time for an agency, the partner organisation's own for the partner (its date starts there). */
    private ZoneId zoneOf(Obligation obligation) {
        if (obligation.partyKind() == PartyKind.AGENCY) {
            return WorkingCalendars.SEOUL;
        }
        try {
            return calendars.forOrganisation(obligation.partyCode()).zone();
        } catch (NotFoundException noCalendar) {
            return WorkingCalendars.SEOUL;
        }
    }

    private Obligation obligationOf(Long occurrenceId) {
        return mapper.findObligation(mapper.findOccurrence(occurrenceId).obligationId());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    // ---------------------------------------------------------------- reading

    public MouTerm term(Long termId) {
        return mapper.findTerm(termId);
    }

    public List<MouTerm> termsOfRequest(Long requestId) {
        return mapper.findTermsOfRequest(requestId);
    }

    public Obligation obligation(Long obligationId) {
        return mapper.findObligation(obligationId);
    }

    public List<Obligation> obligationsOf(Long termId) {
        return mapper.findObligationsOfTerm(termId);
    }

    public Occurrence occurrence(Long occurrenceId) {
        return mapper.findOccurrence(occurrenceId);
    }

    public List<Occurrence> occurrences(Long obligationId) {
        return mapper.findOccurrences(obligationId);
    }

    /** The register as this user may read it (403 for those who may read none of it). */
    public Page<RegisterRow> register(CurrentUser user, RegisterFilter filter, int page, int size) {
        RegisterScope scope = RegisterScope.of(user);
        return new Page<>(mapper.findRegister(scope, filter, page * size, size), page, size,
                mapper.countRegister(scope, filter));
    }

    /** Every line of the register with these filters (the CSV), at most 10,000. */
    public List<RegisterRow> registerLines(CurrentUser user, RegisterFilter filter) {
        return mapper.findRegister(RegisterScope.of(user), filter, 0, CSV_LIMIT);
    }

    /** The MOUs this user may see, of one country or (null) all. */
    public List<MouTerm> terms(CurrentUser user, String country) {
        return mapper.findTerms(RegisterScope.of(user), country);
    }

    /** Occurrences per country and status, as this user may see them. */
    public Map<String, Map<OccurrenceStatus, Long>> countsByCountry(CurrentUser user) {
        Map<String, Map<OccurrenceStatus, Long>> counts = new LinkedHashMap<>();
        for (ObligationMapper.StatusCount c : mapper.countByCountryAndStatus(RegisterScope.of(user))) {
            counts.computeIfAbsent(c.countryCode(), code -> new EnumMap<>(OccurrenceStatus.class))
                    .put(c.status(), c.occurrences());
        }
        return counts;
    }

    /** The obligation with its MOU, if this user may see it; 404 otherwise (its existence is not revealed). */
    public Obligation visible(CurrentUser user, Long obligationId) {
        Obligation obligation = obligationId == null ? null : mapper.findObligation(obligationId);
        if (obligation == null || !mayRead(RegisterScope.of(user), obligation, mapper.findTerm(obligation.termId()))) {
            throw new NotFoundException("obligations.notFound");
        }
        return obligation;
    }

    private static boolean mayRead(RegisterScope scope, Obligation obligation, MouTerm term) {
        if (scope.all()) {
            return true;
        }
        if (scope.partnerOrg() != null) {
            return scope.partnerOrg().equals(term.partnerOrg());
        }
        return scope.agencies().contains(term.leadAgency())
                || obligation.partyKind() == PartyKind.AGENCY && scope.agencies().contains(obligation.partyCode());
    }
}
