package org.coopflow.tasklist;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.reference.ExpertWorkload;

/** Open tasks by assignee, from the task-list read model. */
@Mapper
interface TaskWorkloadMapper {

    List<ExpertWorkload.Work> findAssigned(@Param("usernames") Collection<String> usernames);
}
