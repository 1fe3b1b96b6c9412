package org.coopflow.dashboard;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.dashboard.Dashboard.AgencyTasks;
import org.coopflow.dashboard.DashboardTaskRollups.Membership;

/** The task roll-up (V200): a task's agencies, the counters' increments, and open and overdue tasks per agency. */
@Mapper
interface DashboardTaskRollupMapper {

    /**
     * In one statement, the task's agencies as the roll-up holds them (recorded = true) and as the read model says
     * they are now (recorded = false; none once the task is closed).
     */
    List<Membership> memberships(@Param("taskId") String taskId);

    void deleteMemberships(@Param("taskId") String taskId);

    /** The open tasks this account holds. */
    List<String> heldTasks(@Param("username") String username);

    void insertMemberships(@Param("taskId") String taskId, @Param("rows") List<Membership> rows);

    void addTasks(@Param("agency") String agency, @Param("dueOn") java.time.LocalDate dueOn, @Param("slot") int slot,
                  @Param("delta") long delta);

    /** Open and overdue (due before {@code now}) tasks per agency, agencies with open tasks only. */
    List<AgencyTasks> countByAgency(@Param("now") Instant now);
}
