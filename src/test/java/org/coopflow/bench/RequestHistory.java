package org.coopflow.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coopflow.request.RequestStatus;

/**
 * The status history the benchmark seeds for one request, as the product would have recorded it: every change
 * from one status to the next with its time (status_change, the STATUS_CHANGED audit entries), the seconds spent
 * in each status left (stage_time), and the MOU's versions and signing when it had one. Durations are drawn per
 * stage around what the process's service levels and timers make plausible (screening within a few working
 * days, a clarification answered within its 30 days or lapsed at 30, consultation over one to three months,
 * follow-up over four quarters), from a random sequence of their own, so how a history is drawn does not reshuffle
 * the rest of the population.
 */
final class RequestHistory {

    /** One change of status, as RequestStatusChanged records it. */
    record Change(RequestStatus from, RequestStatus to, Instant at) {
    }

    /** The MOU a request had drafted (versions) and, once signed, the date and the version signed. */
    record Mou(List<Instant> versionsCreated, java.time.LocalDate signedOn, Instant signingRecorded) {
        boolean signed() {
            return signedOn != null;
        }
    }

    /** Where a finished request ended, weighted roughly like a mature installation. */
    enum Ending {
        COMPLETED(70), DECLINED(14), WITHDRAWN(10), LAPSED(6);

        final int weight;

        Ending(int weight) {
            this.weight = weight;
        }
    }

    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    /** clarificationDays of serviceLevels.dmn: an unanswered clarification lapses after 30 days. */
    private static final long CLARIFICATION_DAYS = 30 * DAY;
    /** Share of partners who ask for an MOU, and for follow-up, in their feedback (silence means follow-up, no MOU). */
    private static final double WANTS_MOU = 0.4;
    private static final double WANTS_FOLLOW_UP = 0.75;

    private final List<Change> changes = new ArrayList<>();
    private final Map<RequestStatus, Long> secondsPerStage = new EnumMap<>(RequestStatus.class);
    private final Instant created;
    private final Mou mou;

    private RequestHistory(Instant created, List<Change> changes, Mou mou) {
        this.created = created;
        this.mou = mou;
        Instant since = created;
        for (Change c : changes) {
            secondsPerStage.merge(c.from(), Duration.between(since, c.at()).getSeconds(), Long::sum);
            since = c.at();
        }
        this.changes.addAll(changes);
    }

    Instant created() {
        return created;
    }

    List<Change> changes() {
        return changes;
    }

    /** Per status left, the sum of its stays (a screening around a clarification is one stage), as stage_time. */
    Map<RequestStatus, Long> secondsPerStage() {
        return secondsPerStage;
    }

    /** The MOU, or null when none was drafted. */
    Mou mou() {
        return mou;
    }

    /** When the request entered the status it is in now. */
    Instant enteredCurrentStatus() {
        return changes.isEmpty() ? created : changes.get(changes.size() - 1).at();
    }

    /** When the request closed (finished requests only). */
    Instant closed() {
        return enteredCurrentStatus();
    }

    /** The status the history ends in. */
    RequestStatus status() {
        return changes.isEmpty() ? RequestStatus.SUBMITTED : changes.get(changes.size() - 1).to();
    }

    // ---------------------------------------------------------------- generation

    /**
     * The history of an open request now in {@code status}, {@code progress} (0..1) of the way through its
     * current status (the sub-step it waits in: a consultation waiting for its date is further on than one
     * being planned). A request in follow-up went through an MOU as often as partners ask for one. The request
     * was created as long ago as its history needs.
     */
    static RequestHistory open(Random random, Instant now, RequestStatus status, double progress) {
        Path path = new Path(random);
        path.screening();
        if (status == RequestStatus.AWAITING_PARTNER) {
            path.stay(RequestStatus.SCREENING, path.screeningDays());
            path.to(RequestStatus.AWAITING_PARTNER);
        } else if (status != RequestStatus.SCREENING) {
            path.clarificationRounds(false);
            path.leaveScreening(RequestStatus.ASSIGNING_EXPERTS);
            if (status != RequestStatus.ASSIGNING_EXPERTS) {
                path.stay(RequestStatus.ASSIGNING_EXPERTS, path.assignmentDays());
                path.to(RequestStatus.CONSULTATION);
            }
            if (status == RequestStatus.MOU_DRAFTING || status == RequestStatus.FOLLOW_UP) {
                path.stay(RequestStatus.CONSULTATION, path.consultationDays());
                if (status == RequestStatus.MOU_DRAFTING) {
                    path.to(RequestStatus.MOU_DRAFTING);
                } else if (random.nextDouble() < WANTS_MOU) {
                    path.to(RequestStatus.MOU_DRAFTING);
                    path.mouDrafted(true);
                    path.to(RequestStatus.FOLLOW_UP);
                } else {
                    path.to(RequestStatus.FOLLOW_UP);
                }
            }
        } else {
            path.clarificationRounds(false);
        }
        long inCurrent = (long) (typicalStay(path, status) * Math.max(0.02, progress));
        if (status == RequestStatus.MOU_DRAFTING && progress > 0.25) {
            path.mouVersionsSoFar(inCurrent); // past the first draft: versions exist, none signed yet
        }
        path.stay(status, inCurrent);
        return path.anchoredAt(now);
    }

    /**
     * The whole history of a finished request that closed at {@code closed}: screened (with clarifications),
     * then declined, lapsed, withdrawn at some point, or taken through assignment and consultation to an MOU
     * and follow-up as the partner's feedback asked, and completed.
     */
    static RequestHistory finished(Random random, Instant closed, Ending ending) {
        Path path = new Path(random);
        path.screening();
        RequestStatus withdrawnIn = ending == Ending.WITHDRAWN ? withdrawnIn(random) : null;
        switch (ending) {
            case DECLINED -> {
                path.clarificationRounds(false);
                path.leaveScreening(RequestStatus.DECLINED);
                return path.anchoredAt(closed);
            }
            case LAPSED -> {
                path.clarificationRounds(true);
                return path.anchoredAt(closed);
            }
            default -> {
                // completed, or withdrawn somewhere along the same way
            }
        }
        if (withdrawnIn == RequestStatus.SCREENING) {
            path.clarificationRounds(false);
            path.stay(RequestStatus.SCREENING, path.screeningDays() / 2);
            path.to(RequestStatus.WITHDRAWN);
            return path.anchoredAt(closed);
        }
        path.clarificationRounds(false);
        path.leaveScreening(RequestStatus.ASSIGNING_EXPERTS);
        if (withdrawnIn == RequestStatus.ASSIGNING_EXPERTS) {
            return path.withdrawnAfter(RequestStatus.ASSIGNING_EXPERTS, path.assignmentDays()).anchoredAt(closed);
        }
        path.stay(RequestStatus.ASSIGNING_EXPERTS, path.assignmentDays());
        path.to(RequestStatus.CONSULTATION);
        if (withdrawnIn == RequestStatus.CONSULTATION) {
            return path.withdrawnAfter(RequestStatus.CONSULTATION, path.consultationDays()).anchoredAt(closed);
        }
        boolean wantsMou = random.nextDouble() < WANTS_MOU || withdrawnIn == RequestStatus.MOU_DRAFTING;
        boolean wantsFollowUp = random.nextDouble() < WANTS_FOLLOW_UP || withdrawnIn == RequestStatus.FOLLOW_UP;
        // without MOU and follow-up the request stays in consultation through evaluation and closure
        long evaluation = path.days(14, 0.5, 3, 60);
        path.stay(RequestStatus.CONSULTATION, path.consultationDays() + (wantsMou || wantsFollowUp ? 0 : evaluation));
        if (wantsMou) {
            path.to(RequestStatus.MOU_DRAFTING);
            if (withdrawnIn == RequestStatus.MOU_DRAFTING) {
                long stay = path.mouDays() / 2;
                path.mouVersionsSoFar(stay);
                path.stay(RequestStatus.MOU_DRAFTING, stay);
                path.to(RequestStatus.WITHDRAWN);
                return path.anchoredAt(closed);
            }
            path.mouDrafted(wantsFollowUp);
            if (!wantsFollowUp) {
                path.stay(RequestStatus.MOU_DRAFTING, evaluation);
            }
        }
        if (wantsFollowUp) {
            path.to(RequestStatus.FOLLOW_UP);
            if (withdrawnIn == RequestStatus.FOLLOW_UP) {
                return path.withdrawnAfter(RequestStatus.FOLLOW_UP, path.followUpDays() / 2).anchoredAt(closed);
            }
            path.stay(RequestStatus.FOLLOW_UP, path.followUpDays() + evaluation);
        }
        path.to(withdrawnIn == null ? RequestStatus.COMPLETED : RequestStatus.WITHDRAWN);
        return path.anchoredAt(closed);
    }

    private static RequestStatus withdrawnIn(Random random) {
        double r = random.nextDouble();
        return r < 0.25 ? RequestStatus.SCREENING : r < 0.5 ? RequestStatus.ASSIGNING_EXPERTS
                : r < 0.8 ? RequestStatus.CONSULTATION : r < 0.9 ? RequestStatus.MOU_DRAFTING : RequestStatus.FOLLOW_UP;
    }

    /** How long a request typically stays in a status it has not left yet (its progress scales this). */
    private static long typicalStay(Path path, RequestStatus status) {
        return switch (status) {
            case SCREENING -> path.screeningDays();
            case AWAITING_PARTNER -> CLARIFICATION_DAYS;
            case ASSIGNING_EXPERTS -> path.assignmentDays();
            case CONSULTATION -> path.consultationDays();
            case MOU_DRAFTING -> path.mouDays();
            case FOLLOW_UP -> path.followUpDays() + path.days(14, 0.5, 3, 60);
            default -> 0;
        };
    }

    /**
     * A history built forwards from time 0 (offsets in seconds), then anchored so that it ends at a given
     * instant: the request's creation is wherever its history begins.
     */
    private static final class Path {
        private final Random random;
        private final List<RequestStatus> from = new ArrayList<>();
        private final List<RequestStatus> to = new ArrayList<>();
        private final List<Long> at = new ArrayList<>();
        private final List<Long> mouVersions = new ArrayList<>();
        private long signedAt = -1;
        private long signingRecordedAt = -1;
        private RequestStatus current = RequestStatus.SUBMITTED;
        private long t;

        Path(Random random) {
            this.random = random;
        }

        /** The submission's own transaction starts screening: SUBMITTED lasts no measurable time. */
        void screening() {
            to(RequestStatus.SCREENING);
        }

        void stay(RequestStatus status, long seconds) {
            if (current != status) {
                throw new IllegalStateException("staying in " + status + " while in " + current);
            }
            t += seconds;
        }

        void to(RequestStatus next) {
            from.add(current);
            to.add(next);
            at.add(t);
            current = next;
        }

        /**
         * Intake asks for clarification in some screenings (and rarely again after the answer). With
         * {@code lapses}, the last question goes unanswered and the request lapses after its 30 days.
         */
        void clarificationRounds(boolean lapses) {
            int rounds = lapses ? 1 + (random.nextDouble() < 0.15 ? 1 : 0)
                    : random.nextDouble() < 0.15 ? (random.nextDouble() < 0.2 ? 2 : 1) : 0;
            for (int i = 0; i < rounds; i++) {
                stay(RequestStatus.SCREENING, i == 0 ? screeningDays() : days(1.5, 0.7, 0.1, 10));
                to(RequestStatus.AWAITING_PARTNER);
                if (lapses && i == rounds - 1) {
                    stay(RequestStatus.AWAITING_PARTNER, CLARIFICATION_DAYS);
                    to(RequestStatus.LAPSED);
                    return;
                }
                stay(RequestStatus.AWAITING_PARTNER, days(6, 0.8, 0.05, 29.9));
                to(RequestStatus.SCREENING);
            }
        }

        /** Intake's decision ends the screening (the last round, after any clarification). */
        void leaveScreening(RequestStatus next) {
            boolean clarified = at.size() > 1;
            stay(RequestStatus.SCREENING, clarified ? days(1.5, 0.7, 0.1, 10) : screeningDays());
            to(next);
        }

        Path withdrawnAfter(RequestStatus status, long seconds) {
            stay(status, seconds);
            to(RequestStatus.WITHDRAWN);
            return this;
        }

        /** Versions drafted over the stay so far (the first early on), none signed: an MOU still under way. */
        void mouVersionsSoFar(long stay) {
            int versions = 1 + (random.nextDouble() < 0.4 ? 1 : 0);
            for (int v = 0; v < versions; v++) {
                mouVersions.add(t + (long) (stay * (0.1 + 0.8 * v / versions + random.nextDouble() * 0.1)));
            }
        }

        /**
         * A whole MOU stage: one to three versions, reviews, approval, and the signing recorded at its end (the
         * date of signing a few days before the coordinator records it). The request then moves on at once to
         * follow-up, or (none wanted) stays in MOU drafting through evaluation.
         */
        void mouDrafted(boolean followUpNext) {
            long stay = mouDays();
            int versions = 1 + (random.nextDouble() < 0.5 ? 1 : 0) + (random.nextDouble() < 0.2 ? 1 : 0);
            for (int v = 0; v < versions; v++) {
                mouVersions.add(t + (long) (stay * (0.05 + 0.7 * v / versions)));
            }
            t += stay;
            signingRecordedAt = t;
            signedAt = t - (long) (random.nextDouble() * 5 * DAY);
        }

        long screeningDays() {
            return days(3, 0.6, 1.0 / 24, 20);
        }

        long assignmentDays() {
            return days(12, 0.5, 2, 60);
        }

        long consultationDays() {
            return days(45, 0.4, 10, 150);
        }

        long mouDays() {
            return days(60, 0.45, 14, 200);
        }

        /** Four quarterly rounds of reports and reviews. */
        long followUpDays() {
            return days(375, 0.06, 330, 480);
        }

        /** Log-normal around a median (days), clamped; in whole seconds. */
        long days(double median, double sigma, double min, double max) {
            double d = median * Math.exp(sigma * random.nextGaussian());
            return (long) (Math.max(min, Math.min(max, d)) * DAY) + random.nextInt((int) HOUR);
        }

        RequestHistory anchoredAt(Instant end) {
            Instant created = end.minusSeconds(t).truncatedTo(ChronoUnit.SECONDS);
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < at.size(); i++) {
                changes.add(new Change(from.get(i), to.get(i), created.plusSeconds(at.get(i))));
            }
            Mou mou = null;
            if (!mouVersions.isEmpty()) {
                mou = new Mou(mouVersions.stream().map(created::plusSeconds).toList(),
                        signedAt < 0 ? null : created.plusSeconds(signedAt).atZone(java.time.ZoneOffset.UTC)
                                .toLocalDate(),
                        signingRecordedAt < 0 ? null : created.plusSeconds(signingRecordedAt));
            }
            return new RequestHistory(created, changes, mou);
        }
    }
}
