package org.coopflow.absence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.IdentityMapper;
import org.coopflow.identity.UserAccount;
import org.coopflow.request.RequestProcess;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.GeneratedId;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Officials' absences. An official records their own absence — whole days in Korea, from a first to a last day — and
 * the colleague who stands in: of the same agency, holding every role (group) the official holds there. While it
 * runs, the tasks assigned to the official are offered to the substitute as well ({@link SubstituteOffers}); it
 * starts and ends by itself on its days ({@link #reachDue()}, on every node), or when the official ends it early.
 */
@Service
public class Absences {

    private static final Logger log = LoggerFactory.getLogger(Absences.class);
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** The longest absence one record covers. */
    public static final int MAX_DAYS = 366;
    public static final int MAX_NOTE = 500;
    private static final int MAX_COLLEAGUES_PER_GROUP = 500;
    private static final int SCAN_BATCH = 100;
    /** Groups that carry no tasks of their own: an administrator is no official for absences. */
    private static final Set<String> NOT_OFFICIAL = Set.of("admin");

    /** A colleague who may stand in. */
    public record Colleague(String username, String displayName) {
    }

    private final AbsenceMapper mapper;
    private final SubstituteOffers offers;
    private final IdentityMapper identity;
    private final CoopFlowUserDetailsService users;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Absences(AbsenceMapper mapper, SubstituteOffers offers, IdentityMapper identity, CoopFlowUserDetailsService users,
             PlatformTransactionManager transactionManager, Clock clock) {
        this.mapper = mapper;
        this.offers = offers;
        this.identity = identity;
        this.users = users;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The official's own absences, latest first. Partners and administrators have none: refused. */
    public List<Absence> mine(CurrentUser user) {
        requireOfficial(user);
        return mapper.findOf(user.username());
    }

    /** The absences (planned or under way) in which this official stands in for a colleague. */
    public List<Absence> standingIn(CurrentUser user) {
        requireOfficial(user);
        return mapper.findStandingIn(user.username());
    }

    /** Who may stand in for this official: enabled colleagues of the same agency in every one of their groups. */
    public List<Colleague> substitutesFor(CurrentUser user) {
        List<String> groups = requireOfficial(user);
        Map<String, Colleague> common = null;
        for (String group : groups) {
            Map<String, Colleague> members = new LinkedHashMap<>();
            for (UserAccount account : identity.findUsers(null, group, user.organisationCode(), 0,
                    MAX_COLLEAGUES_PER_GROUP)) {
                if (account.enabled() && !account.username().equals(user.username())) {
                    members.put(account.username(), new Colleague(account.username(), account.displayName()));
                }
            }
            if (common == null) {
                common = members;
            } else {
                common.keySet().retainAll(members.keySet());
            }
        }
        return common == null ? List.of() : common.values().stream()
                .sorted(Comparator.comparing(Colleague::displayName)).toList();
    }

    public Absence find(Long absenceId) {
        return mapper.find(absenceId);
    }

    public SubstituteOffer offer(Long offerId) {
        return mapper.findOffer(offerId);
    }

    /**
     * Records an absence of this official. Bad input is a field error and changes nothing: days missing or in the
     * wrong order, a last day already past, more than {@link #MAX_DAYS} days, a substitute who is not a colleague of
     * the same agency and role or who is away then too, an absence of the official's own on one of these days.
     */
    public Absence record(CurrentUser user, LocalDate firstDay, LocalDate lastDay, String substitute, String note) {
        requireOfficial(user);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.ofInstant(SubstituteOffers.now(), SEOUL);
        if (firstDay == null) {
            errors.put("firstDay", "absence.firstDay.required");
        }
        if (lastDay == null) {
            errors.put("lastDay", "absence.lastDay.required");
        } else if (lastDay.isBefore(today)) {
            errors.put("lastDay", "absence.lastDay.past");
        } else if (firstDay != null && lastDay.isBefore(firstDay)) {
            errors.put("lastDay", "absence.lastDay.beforeFirst");
        } else if (firstDay != null && ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) {
            errors.put("lastDay", "absence.tooLong");
        }
        String standIn = substitute == null ? null : substitute.strip();
        if (standIn == null || standIn.isEmpty()) {
            errors.put("substitute", "absence.substitute.required");
        } else if (substitutesFor(user).stream().noneMatch(c -> c.username().equals(standIn))) {
            errors.put("substitute", "absence.substitute.notColleague");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            errors.put("note", "absence.note.tooLong");
        }
        if (errors.isEmpty() && !mapper.findOverlapping(user.username(), firstDay, lastDay).isEmpty()) {
            errors.put("firstDay", "absence.overlaps");
        }
        if (errors.isEmpty() && !mapper.findOverlapping(standIn, firstDay, lastDay).isEmpty()) {
            errors.put("substitute", "absence.substitute.away");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return transaction.execute(status -> {
            GeneratedId id = new GeneratedId();
            mapper.insert(new Absence(null, user.username(), user.organisationCode(), firstDay, lastDay,
                    firstDay.atStartOfDay(SEOUL).toInstant(), lastDay.plusDays(1).atStartOfDay(SEOUL).toInstant(),
                    standIn, text, AbsenceStatus.PLANNED, user.username(), clock.instant(), null, null, 0), id);
            Absence recorded = mapper.find(id.getId());
            if (!recorded.startsAt().isAfter(SubstituteOffers.now())) {
                offers.start(recorded);
            }
            return mapper.find(id.getId());
        });
    }

    /** The official ends their absence now: called off if it had not started, else over (the offers withdrawn). */
    public Absence end(CurrentUser user, Long absenceId) {
        requireOfficial(user);
        return transaction.execute(status -> {
            Absence absence = mapper.find(absenceId);
            if (absence == null || !absence.username().equals(user.username())) {
                throw new NotFoundException("absence.notFound");
            }
            boolean moved = switch (absence.status()) {
                case PLANNED -> mapper.changeStatus(absence.id(), absence.version(), AbsenceStatus.CANCELLED,
                        user.username(), clock.instant()) > 0;
                case ACTIVE -> offers.finish(absence, AbsenceStatus.ENDED, user.username());
                default -> false;
            };
            if (!moved) {
                throw new ConflictException("absence.over");
            }
            return mapper.find(absenceId);
        });
    }

    /** Starts the absences whose first day has come and ends those whose last day has gone; returns how many. */
    int reachDue() {
        Instant now = SubstituteOffers.now();
        int moved = 0;
        for (Long id : mapper.findDue(now, SCAN_BATCH)) {
            try {
                Boolean done = transaction.execute(status -> {
                    Absence absence = mapper.find(id);
                    if (absence == null) {
                        return false;
                    }
                    if (absence.status() == AbsenceStatus.PLANNED && !absence.startsAt().isAfter(now)) {
                        return offers.start(absence);
                    }
                    if (absence.status() == AbsenceStatus.ACTIVE && !absence.endsAt().isAfter(now)) {
                        return offers.finish(absence, AbsenceStatus.ENDED, null);
                    }
                    return false;
                });
                if (Boolean.TRUE.equals(done)) {
                    moved++;
                }
            } catch (RuntimeException e) {
                log.warn("Absence {} could not be moved on; tried again at the next scan: {}", id, e.toString());
            }
        }
        return moved;
    }

    /** The official's groups that carry tasks; none (a partner, an administrator): refused. */
    private static List<String> requireOfficial(CurrentUser user) {
        List<String> groups = new ArrayList<>(user.groups().stream()
                .filter(g -> !g.startsWith(RequestProcess.GROUP_PARTNER) && !NOT_OFFICIAL.contains(g))
                .sorted().collect(Collectors.toList()));
        if (user.isPartner() || groups.isEmpty()) {
            throw new ForbiddenException("absence.officialsOnly");
        }
        return groups;
    }
}
