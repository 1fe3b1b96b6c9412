package org.coopflow.tasklist;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.shared.CappedCount;

@Mapper
interface TaskViewMapper {

    /** Copies the request's reference, partner, country, sector and status into the row. */
    int insertFromRequest(@Param("taskId") String taskId, @Param("requestId") Long requestId,
                          @Param("processInstanceId") String processInstanceId, @Param("taskKey") String taskKey,
                          @Param("name") String name, @Param("assignee") String assignee,
                          @Param("createdAt") Instant createdAt, @Param("dueAt") Instant dueAt);

    void updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

    /** Keeps the candidate rows' claimable flag in step with the assignee. */
    void updateClaimable(@Param("taskId") String taskId, @Param("assignee") String assignee);

    void updateDue(@Param("taskId") String taskId, @Param("dueAt") Instant dueAt, @Param("name") String name);

    void delete(@Param("taskId") String taskId);

    void updateKey(@Param("taskId") String taskId, @Param("taskKey") String taskKey, @Param("name") String name);

    /** After the task's task_view row: copies its queue keys (claimable, sort_due, created_at). */
    void insertCandidate(@Param("taskId") String taskId, @Param("groupId") String groupId,
                         @Param("groupCount") int groupCount);

    void deleteCandidates(@Param("taskId") String taskId);

    TaskViewRow findById(@Param("taskId") String taskId);

    List<TaskViewRow> findByRequest(@Param("requestId") Long requestId);

    List<TaskViewRow> findAssigned(@Param("assignee") String assignee, @Param("filter") TaskListFilter filter,
                                   @Param("sort") TaskListSort sort, @Param("offset") int offset,
                                   @Param("limit") int limit);

    /** Due soonest first: the default order, for callers that choose none. */
    default List<TaskViewRow> findAssigned(String assignee, TaskListFilter filter, int offset, int limit) {
        return findAssigned(assignee, filter, TaskListSort.DUE, offset, limit);
    }

    /** Counts at most {@code upTo} tasks (shared.Page.COUNT_UP_TO): the count stops growing with the list. */
    default long countAssigned(String assignee, TaskListFilter filter, int upTo) {
        return CappedCount.upTo(upTo, assigned(this, assignee, filter));
    }

    List<TaskViewRow> findOffered(@Param("groups") List<String> groups, @Param("filter") TaskListFilter filter,
                                  @Param("sort") TaskListSort sort, @Param("offset") int offset,
                                  @Param("limit") int limit);

    default List<TaskViewRow> findOffered(List<String> groups, TaskListFilter filter, int offset, int limit) {
        return findOffered(groups, filter, TaskListSort.DUE, offset, limit);
    }

    /** Counts at most {@code upTo} tasks: single-group ones first, those of several groups only if still short. */
    default long countOffered(List<String> groups, TaskListFilter filter, int upTo) {
        return CappedCount.upTo(upTo, singleGroupOffered(this, groups, filter),
                severalGroupsOffered(this, groups, filter));
    }

    List<TaskViewRow> findMine(@Param("assignee") String assignee, @Param("groups") List<String> groups,
                               @Param("filter") TaskListFilter filter, @Param("sort") TaskListSort sort,
                               @Param("offset") int offset, @Param("limit") int limit);

    default List<TaskViewRow> findMine(String assignee, List<String> groups, TaskListFilter filter, int offset,
                                       int limit) {
        return findMine(assignee, groups, filter, TaskListSort.DUE, offset, limit);
    }

    /** Counts at most {@code upTo} tasks: assigned to me, then offered to one of my groups, then to several. */
    default long countMine(String assignee, List<String> groups, TaskListFilter filter, int upTo) {
        if (groups.isEmpty()) {
            return countAssigned(assignee, filter, upTo);
        }
        return CappedCount.upTo(upTo, assigned(this, assignee, filter), singleGroupOffered(this, groups, filter),
                severalGroupsOffered(this, groups, filter));
    }

    /** 1 if more than {@code skip} tasks are assigned to this user, null otherwise. */
    Integer findAssignedPast(@Param("assignee") String assignee, @Param("filter") TaskListFilter filter,
                             @Param("skip") int skip);

    long countAllAssigned(@Param("assignee") String assignee, @Param("filter") TaskListFilter filter);

    /** 1 if more than {@code skip} claimable tasks are offered to one of these groups alone, null otherwise. */
    Integer findSingleGroupOfferedPast(@Param("groups") List<String> groups, @Param("filter") TaskListFilter filter,
                                       @Param("skip") int skip);

    long countAllSingleGroupOffered(@Param("groups") List<String> groups, @Param("filter") TaskListFilter filter);

    /** A task id if more than {@code skip} claimable tasks of several groups are offered to these, null otherwise. */
    String findSeveralGroupsOfferedPast(@Param("groups") List<String> groups, @Param("filter") TaskListFilter filter,
                                        @Param("skip") int skip);

    long countAllSeveralGroupsOffered(@Param("groups") List<String> groups, @Param("filter") TaskListFilter filter);

    private static CappedCount.Part assigned(TaskViewMapper m, String assignee, TaskListFilter filter) {
        return new CappedCount.Part(skip -> m.findAssignedPast(assignee, filter, skip) != null,
                () -> m.countAllAssigned(assignee, filter));
    }

    private static CappedCount.Part singleGroupOffered(TaskViewMapper m, List<String> groups, TaskListFilter filter) {
        return new CappedCount.Part(skip -> m.findSingleGroupOfferedPast(groups, filter, skip) != null,
                () -> m.countAllSingleGroupOffered(groups, filter));
    }

    private static CappedCount.Part severalGroupsOffered(TaskViewMapper m, List<String> groups,
                                                         TaskListFilter filter) {
        return new CappedCount.Part(skip -> m.findSeveralGroupsOfferedPast(groups, filter, skip) != null,
                () -> m.countAllSeveralGroupsOffered(groups, filter));
    }

    List<TaskViewRow> findDueBetween(@Param("after") Instant after, @Param("until") Instant until,
                                     @Param("limit") int limit);

    /** Every open task offered to a group, whoever holds it now (a partner organisation's actions), soonest due first. */
    List<TaskViewRow> findOfGroup(@Param("group") String group, @Param("limit") int limit);
}
