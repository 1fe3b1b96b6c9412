package org.coopflow.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopflow.account.AccountOrganisationChanged;
import org.coopflow.dashboard.Dashboard.AgencyTasks;
import org.coopflow.tasklist.TaskChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks per agency as a roll-up (V200), so the dashboard without a filter reads a few counters per
 * agency and day instead of every open task. On each task event, in the business transaction (the task list
 * publishes them synchronously after updating its read model): the task's agencies and due date are read again
 * from the read model, together with what the roll-up recorded for it, in one statement; only when they differ are
 * its rows replaced and the counters moved, in the order of their keys (as {@link DashboardRollups}), so two
 * transactions moving tasks between the same days wait for each other instead of deadlocking. A claim or release
 * within the agency costs that one read; an opening or a closing two writes more and one counter per agency.
 */
@Component
class DashboardTaskRollups {

    /** Counters per (agency, day due): the task id's last character modulo this (V201 too). */
    static final int SLOTS = 8;

    private final DashboardTaskRollupMapper mapper;

    DashboardTaskRollups(DashboardTaskRollupMapper mapper) {
        this.mapper = mapper;
    }

    /** Opened, claimed, released, delegated, its due date or candidates changed, closed: recounted alike. */
    @EventListener
    void onTaskChanged(TaskChanged changed) {
        recount(changed.taskId());
    }

    /** The tasks an account holds count for its new organisation (task ids in order: the counters' key order). */
    @EventListener
    void onAccountMoved(AccountOrganisationChanged moved) {
        mapper.heldTasks(moved.username()).forEach(this::recount);
    }

    /** Open and overdue tasks per agency at {@code now}. */
    List<AgencyTasks> countByAgency(Instant now) {
        return mapper.countByAgency(now);
    }

    /** Brings the task's rows and the counters in line with the read model (none once it is closed). */
    void recount(String taskId) {
        Map<String, Membership> recorded = new TreeMap<>();
        Map<String, Membership> current = new TreeMap<>();
        int slot = slot(taskId);
        for (Membership row : mapper.memberships(taskId)) {
            if (row.recorded()) {
                recorded.put(row.agency(), row);
            } else {
                // once per agency, offered to two of its groups or not
                current.merge(row.agency(), row.withSlot(slot), (a, b) -> a.dueAt().isAfter(b.dueAt()) ? b : a);
            }
        }
        if (sameTasks(recorded, current)) {
            return;
        }
        Map<Counter, Long> deltas = new TreeMap<>();
        recorded.values().forEach(r -> deltas.merge(Counter.of(r), -1L, Long::sum));
        current.values().forEach(r -> deltas.merge(Counter.of(r), 1L, Long::sum));
        if (!recorded.isEmpty()) {
            mapper.deleteMemberships(taskId);
        }
        if (!current.isEmpty()) {
            mapper.insertMemberships(taskId, new ArrayList<>(current.values()));
        }
        deltas.forEach((counter, delta) -> {
            if (delta != 0) {
                mapper.addTasks(counter.agency(), counter.dueOn(), counter.slot(), delta);
            }
        });
    }

    /** The same agencies, each due at the same time (the slot is where it was counted, not what it counts). */
    private static boolean sameTasks(Map<String, Membership> recorded, Map<String, Membership> current) {
        if (!recorded.keySet().equals(current.keySet())) {
            return false;
        }
        return recorded.values().stream().allMatch(r -> {
            Membership c = current.get(r.agency());
            return r.dueOn().equals(c.dueOn()) && r.dueAt().equals(c.dueAt());
        });
    }

    /**
     * The counter row a task is added to. The engine's time-based UUIDs end in the node's address, the same for all
     * of a node's ids, so the last character alone put every task on one row; the 8th (the end of the UUID's time
     * field) differs from task to task. The same function as V220's
     * {@code MOD(ASCII(RIGHT(task_id, 1)) + COALESCE(ASCII(SUBSTRING(task_id, 8, 1)), 0), 8)}.
     */
    static int slot(String taskId) {
        int last = taskId.isEmpty() ? 0 : taskId.charAt(taskId.length() - 1);
        int timeField = taskId.length() >= 8 ? taskId.charAt(7) : 0;
        return (last + timeField) % SLOTS;
    }

    /** One agency a task counts for, due at {@code dueAt} (9999-12-31 for none), on day {@code dueOn}. */
    record Membership(boolean recorded, String agency, LocalDate dueOn, Instant dueAt, int slot) {

        Membership withSlot(int newSlot) {
            return new Membership(recorded, agency, dueOn, dueAt, newSlot);
        }
    }

    private record Counter(String agency, LocalDate dueOn, int slot) implements Comparable<Counter> {

        private static final Comparator<Counter> KEY_ORDER = Comparator.comparing(Counter::agency)
                .thenComparing(Counter::dueOn).thenComparingInt(Counter::slot);

        static Counter of(Membership row) {
            return new Counter(row.agency(), row.dueOn(), row.slot());
        }

        @Override
        public int compareTo(Counter other) {
            return KEY_ORDER.compare(this, other);
        }
    }
}
