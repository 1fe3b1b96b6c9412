package org.coopflow.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.coopflow.assignment.Assignments;
import org.coopflow.consultation.Consultations;
import org.coopflow.followup.FollowUps;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.mou.MouVersions;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLabels;
import org.coopflow.request.RequestStatus;
import org.coopflow.tasklist.OpenTask;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where a request stands, as the bar on its page shows it: Submitted → Screening → Experts → Consultation → MOU →
 * Follow-up → Completed. A stage the request went past without entering (no MOU wanted, no follow-up) is skipped; a
 * request that ended early ends at the stage it had reached. The current stage says who holds it and when it is due;
 * a partner learns the agency and role (or its own organisation), never an official's name.
 */
@Component
class ProgressBar {

    /** The stages in their order (message keys progress.step.*). */
    enum Step { SUBMITTED, SCREENING, EXPERTS, CONSULTATION, MOU, FOLLOW_UP, COMPLETED }

    enum State { DONE, CURRENT, SKIPPED, ENDED, UPCOMING, NOT_REACHED }

    /**
     * One stage of the bar.
     *
     * @param holders who is expected to act now (current stage only)
     * @param due     the soonest due date of its open steps (current stage only)
     */
    record ProgressStep(Step step, State state, List<String> holders, Instant due, boolean onYou) {

        public boolean current() {
            return state == State.CURRENT;
        }
    }

    private final Assignments assignments;
    private final Consultations consultations;
    private final MouVersions mouVersions;
    private final FollowUps followUps;
    private final RequestLabels labels;
    private final CoopFlowUserDetailsService users;
    private final MessageSource messages;

    ProgressBar(Assignments assignments, Consultations consultations, MouVersions mouVersions, FollowUps followUps,
                RequestLabels labels, CoopFlowUserDetailsService users, MessageSource messages) {
        this.messages = messages;
        this.assignments = assignments;
        this.consultations = consultations;
        this.mouVersions = mouVersions;
        this.followUps = followUps;
        this.labels = labels;
        this.users = users;
    }

    List<ProgressStep> of(CurrentUser viewer, CooperationRequest request, List<OpenTask> open) {
        Long id = request.id();
        boolean[] entered = new boolean[Step.values().length];
        entered[Step.SUBMITTED.ordinal()] = true;
        entered[Step.SCREENING.ordinal()] = true;
        entered[Step.EXPERTS.ordinal()] = !assignments.of(id).isEmpty()
                || request.status() == RequestStatus.ASSIGNING_EXPERTS;
        entered[Step.CONSULTATION.ordinal()] = !consultations.plans(id).isEmpty()
                || request.status() == RequestStatus.CONSULTATION;
        entered[Step.MOU.ordinal()] = !mouVersions.of(id).isEmpty() || request.status() == RequestStatus.MOU_DRAFTING;
        entered[Step.FOLLOW_UP.ordinal()] = !followUps.actions(id).isEmpty()
                || request.status() == RequestStatus.FOLLOW_UP;
        Step current = currentStep(request.status(), entered);
        boolean ended = request.status().isClosed() && request.status() != RequestStatus.COMPLETED;

        List<ProgressStep> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            State state;
            if (step == Step.COMPLETED) {
                state = request.status() == RequestStatus.COMPLETED ? State.DONE
                        : ended ? State.NOT_REACHED : State.UPCOMING;
            } else if (step.ordinal() < current.ordinal()) {
                state = entered[step.ordinal()] ? State.DONE : State.SKIPPED;
            } else if (step == current) {
                state = ended ? State.ENDED : request.status() == RequestStatus.COMPLETED ? State.DONE : State.CURRENT;
            } else {
                state = ended ? State.NOT_REACHED : State.UPCOMING;
            }
            boolean now = state == State.CURRENT;
            steps.add(new ProgressStep(step, state, now ? holders(viewer, open) : List.of(),
                    now ? open.stream().map(OpenTask::due).filter(Objects::nonNull).min(Instant::compareTo).orElse(null)
                            : null,
                    now && open.stream().anyMatch(t -> onViewer(viewer, t))));
        }
        return steps;
    }

    /** The stage the request is in now; a closed request the furthest stage it entered. */
    private static Step currentStep(RequestStatus status, boolean[] entered) {
        return switch (status) {
            case SUBMITTED, SCREENING, AWAITING_PARTNER -> Step.SCREENING;
            case ASSIGNING_EXPERTS -> Step.EXPERTS;
            case CONSULTATION -> Step.CONSULTATION;
            case MOU_DRAFTING -> Step.MOU;
            case FOLLOW_UP -> Step.FOLLOW_UP;
            case COMPLETED -> Step.COMPLETED;
            case DECLINED, WITHDRAWN, LAPSED -> {
                Step furthest = Step.SCREENING;
                for (Step step : Step.values()) {
                    if (step != Step.COMPLETED && entered[step.ordinal()]) {
                        furthest = step;
                    }
                }
                yield furthest;
            }
        };
    }

    /** Agency and role for everyone; officials also read the name of whoever holds a step. */
    private List<String> holders(CurrentUser viewer, List<OpenTask> open) {
        Set<String> holders = new LinkedHashSet<>();
        for (OpenTask task : open) {
            if (task.onPartner()) {
                holders.add(viewer.isPartner()
                        ? messages.getMessage("requests.pending.onYourOrganisation", null, LocaleContextHolder.getLocale())
                        : labels.organisation(task.partnerOrg()));
                continue;
            }
            if (!viewer.isPartner() && task.assignee() != null) {
                holders.add(labels.person(task.assignee()));
                continue;
            }
            List<String> groups = task.candidateGroups().stream().filter(g -> !g.startsWith("user:")).toList();
            if (!groups.isEmpty()) {
                groups.forEach(g -> holders.add(labels.group(g)));
            } else if (task.assignee() != null) {
                // a personal step (an expert's answer): the role and agency of whoever has it
                CurrentUser holder = users.currentUserOf(task.assignee());
                if (holder != null) {
                    holders.add(labels.group((holder.has(Role.EXPERT) ? "expert:" : "coordinator:")
                            + holder.organisationCode()));
                }
            }
        }
        return List.copyOf(holders);
    }

    private static boolean onViewer(CurrentUser viewer, OpenTask task) {
        return viewer.username().equals(task.assignee())
                || task.candidateGroups().stream().anyMatch(viewer.groups()::contains);
    }
}
