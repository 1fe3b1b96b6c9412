package org.coopflow.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestStatus;
import org.coopflow.shared.GeneratedId;
import org.coopflow.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The expert assignment stage's records: nomination rounds per agency, the experts' answers, the team decision — and
 * suggestions for the coordinator. Written by the model's delegates and listeners, read by pages and the audit.
 */
@Service
public class Assignments {

    /** A suggested expert, ranked, with the reasons of the rank (shown to the coordinator). */
    public record Suggestion(ExpertCandidate expert, int score, List<String> reasons) {
    }

    private final AssignmentMapper mapper;
    private final RequestLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assignments(AssignmentMapper mapper, RequestLifecycle lifecycle, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    /** The statuses of closed requests: assignments on them no longer count as load. */
    static final List<String> CLOSED = Arrays.stream(RequestStatus.values()).filter(RequestStatus::isClosed)
            .map(Enum::name).toList();

    /**
     * Available experts of an agency ranked by sector match (strongest), languages shared with the partner, then
     * spare capacity; experts at full load sink to the bottom. An expert an ADMIN made unavailable is not among them.
     */
    public List<Suggestion> suggest(String agencyCode, String sectorCode, Set<String> partnerLanguages) {
        return mapper.findCandidates(agencyCode, sectorCode, CLOSED).stream()
                .map(e -> rank(e, partnerLanguages))
                .sorted(Comparator.comparingInt(Suggestion::score).reversed()
                        .thenComparing(s -> s.expert().username()))
                .toList();
    }

    private static Suggestion rank(ExpertCandidate e, Set<String> partnerLanguages) {
        List<String> spoken = List.of(e.languages().split(","));
        List<String> shared = spoken.stream().filter(partnerLanguages::contains).toList();
        int spare = Math.max(0, e.maxLoad() - e.activeAssignments());
        int score = (e.sectorMatch() ? 100 : 0) + 10 * shared.size() + spare;
        List<String> reasons = new ArrayList<>();
        reasons.add(e.sectorMatch() ? "sectorMatch" : "noSectorMatch");
        reasons.add(shared.isEmpty() ? "noSharedLanguage" : "sharedLanguages:" + String.join("/", shared));
        reasons.add(spare == 0 ? "fullyLoaded" : "load:" + e.activeAssignments() + "/" + e.maxLoad());
        if (spare == 0) {
            score -= 1000;
        }
        return new Suggestion(e, score, List.copyOf(reasons));
    }

    /** A new nomination round for the agency: each expert is asked, the coordinator's note kept with the round. */
    void nominate(Long requestId, String agencyCode, List<String> experts, String note, String nominatedBy) {
        if (experts.isEmpty()) {
            throw new InvalidInputException(AssignmentProcess.VAR_NOMINATED_EXPERTS, "form.required");
        }
        int round = mapper.latestRound(requestId, agencyCode) + 1;
        mapper.insertRound(requestId, agencyCode, round, note, nominatedBy, clock.instant());
        for (String expert : experts) {
            mapper.insert(requestId, agencyCode, expert, nominatedBy, clock.instant(), round);
        }
        events.publishEvent(new ExpertsNominated(requestId, agencyCode, round));
    }

    /** Experts of this agency's latest round still to answer. */
    public List<String> pendingNominees(Long requestId, String agencyCode) {
        return latestRound(requestId, agencyCode).stream()
                .filter(a -> a.status() == AssignmentStatus.NOMINATED).map(ExpertAssignment::expertUsername).toList();
    }

    /** True when someone of the latest round declined or stayed silent: the slot goes back to the coordinator. */
    public boolean needsReplacement(Long requestId, String agencyCode) {
        return latestRound(requestId, agencyCode).stream()
                .anyMatch(a -> a.status() == AssignmentStatus.DECLINED || a.status() == AssignmentStatus.EXPIRED);
    }

    /** An expert's answer (or its expiry) to their nomination in the agency's latest round. */
    void respond(Long requestId, String agencyCode, String expert, AssignmentStatus answer, String reason) {
        if (answer == AssignmentStatus.DECLINED && reason == null) {
            throw new InvalidInputException(AssignmentProcess.VAR_DECLINE_REASON, "form.required");
        }
        latestRound(requestId, agencyCode).stream()
                .filter(a -> a.expertUsername().equals(expert) && a.status() == AssignmentStatus.NOMINATED)
                .findFirst()
                .filter(a -> mapper.respond(a.id(), answer, reason, clock.instant()) > 0)
                .ifPresent(a -> events.publishEvent(new AssignmentAnswered(requestId, a.id())));
    }

    /**
     * The lead coordinator's decision: confirming needs a lead expert who accepted and belongs to the lead agency
     * (the form offers only those); reopening sends the agencies back to their nominations.
     */
    void decideTeam(Long requestId, String taskId, String decision, String leadExpert, String note, String actor) {
        if (AssignmentProcess.CONFIRM.equals(decision) && !leadCandidates(requestId).contains(leadExpert)) {
            throw new InvalidInputException(AssignmentProcess.VAR_LEAD_EXPERT, leadExpert == null ? "form.required"
                    : "assignment.leadExpert.notFromLeadAgency");
        }
        String lead = AssignmentProcess.CONFIRM.equals(decision) ? leadExpert : null;
        GeneratedId row = new GeneratedId();
        mapper.insertTeamDecision(row, requestId, taskId, decision, lead, note, actor, clock.instant());
        if (lead != null) {
            mapper.markLead(requestId, lead);
        }
        events.publishEvent(new TeamDecided(requestId, row.getId()));
    }

    /** Who may lead the consultation: experts of the lead agency who accepted. */
    public List<String> leadCandidates(Long requestId) {
        String leadAgency = lifecycle.leadAgency(requestId);
        return accepted(requestId).stream().filter(a -> a.agencyCode().equals(leadAgency))
                .map(ExpertAssignment::expertUsername).distinct().toList();
    }

    public List<ExpertAssignment> of(Long requestId) {
        return mapper.findByRequest(requestId);
    }

    public ExpertAssignment assignment(Long assignmentId) {
        return mapper.findById(assignmentId);
    }

    public List<ExpertAssignment> accepted(Long requestId) {
        return of(requestId).stream().filter(a -> a.status() == AssignmentStatus.ACCEPTED).toList();
    }

    public List<ExpertAssignment> round(Long requestId, String agencyCode, int roundNo) {
        return mapper.findRound(requestId, agencyCode, roundNo);
    }

    public NominationRound nominationRound(Long requestId, String agencyCode, int roundNo) {
        return mapper.findNominationRound(requestId, agencyCode, roundNo);
    }

    public List<NominationRound> nominationRounds(Long requestId) {
        return mapper.findNominationRounds(requestId);
    }

    public TeamDecision teamDecision(Long decisionId) {
        return mapper.findTeamDecision(decisionId);
    }

    public List<TeamDecision> teamDecisions(Long requestId) {
        return mapper.findTeamDecisions(requestId);
    }

    private List<ExpertAssignment> latestRound(Long requestId, String agencyCode) {
        return mapper.findRound(requestId, agencyCode, mapper.latestRound(requestId, agencyCode));
    }
}
