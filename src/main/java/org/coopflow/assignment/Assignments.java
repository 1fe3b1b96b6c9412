package org.coopflow.assignment;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.coopflow.audit.AuditTrail;
import org.springframework.stereotype.Service;

/** Nominations of experts per agency and round, their answers, and suggestions for the coordinator. */
@Service
public class Assignments {

    /** A suggested expert, ranked, with the reasons of the rank (shown to the coordinator). */
    public record Suggestion(ExpertCandidate expert, int score, List<String> reasons) {
    }

    private final AssignmentMapper mapper;
    private final AuditTrail audit;
    private final Clock clock;

    Assignments(AssignmentMapper mapper, AuditTrail audit, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Experts of an agency ranked by sector match (strongest), languages shared with the partner, then
     * spare capacity; experts at full load sink to the bottom.
     */
    public List<Suggestion> suggest(String agencyCode, String sectorCode, Set<String> partnerLanguages) {
        return mapper.findCandidates(agencyCode, sectorCode).stream()
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
        List<String> reasons = new java.util.ArrayList<>();
        reasons.add(e.sectorMatch() ? "sectorMatch" : "noSectorMatch");
        reasons.add(shared.isEmpty() ? "noSharedLanguage" : "sharedLanguages:" + String.join("/", shared));
        reasons.add(spare == 0 ? "fullyLoaded" : "load:" + e.activeAssignments() + "/" + e.maxLoad());
        if (spare == 0) {
            score -= 1000;
        }
        return new Suggestion(e, score, List.copyOf(reasons));
    }

    public void nominate(Long requestId, String agencyCode, List<String> experts, String nominatedBy) {
        int round = mapper.latestRound(requestId, agencyCode) + 1;
        for (String expert : experts) {
            mapper.insert(requestId, agencyCode, expert, nominatedBy == null ? AuditTrail.SYSTEM : nominatedBy,
                    clock.instant(), round);
        }
        audit.record(requestId, nominatedBy, "EXPERTS_NOMINATED", agencyCode + ": " + String.join(", ", experts));
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

    public void respond(Long requestId, String agencyCode, String expert, AssignmentStatus answer, String reason) {
        mapper.respond(requestId, agencyCode, expert, answer, reason, clock.instant());
        // The decline reason was noted by the task step just before; the audit entry should carry it too.
        String noted = reason != null ? reason : latestRound(requestId, agencyCode).stream()
                .filter(a -> a.expertUsername().equals(expert)).map(ExpertAssignment::responseReason)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        audit.record(requestId, answer == AssignmentStatus.EXPIRED ? AuditTrail.SYSTEM : expert,
                "ASSIGNMENT_" + answer.name(), agencyCode + ": " + expert + (noted == null ? "" : " — " + noted));
    }

    /** Keeps an expert's reason for declining with the nomination (the answer itself is recorded by the process). */
    public void noteReason(Long requestId, String agencyCode, String expert, String reason) {
        mapper.noteReason(requestId, agencyCode, expert, reason);
    }

    public List<ExpertAssignment> of(Long requestId) {
        return mapper.findByRequest(requestId);
    }

    public List<ExpertAssignment> accepted(Long requestId) {
        return of(requestId).stream().filter(a -> a.status() == AssignmentStatus.ACCEPTED).toList();
    }

    public void chooseLeadExpert(Long requestId, String expert, String chosenBy) {
        mapper.markLead(requestId, expert);
        audit.record(requestId, chosenBy, "LEAD_EXPERT_CHOSEN", expert);
    }

    private List<ExpertAssignment> latestRound(Long requestId, String agencyCode) {
        return mapper.findRound(requestId, agencyCode, mapper.latestRound(requestId, agencyCode));
    }
}
