package org.coopflow.tasklist;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The raw record of what was typed into each completed task form. Write-only: what a step decides is read from its
 * stage's own tables, never from this JSON.
 */
@Mapper
interface FormSubmissionMapper {

    void insert(@Param("requestId") Long requestId, @Param("taskId") String taskId, @Param("taskKey") String taskKey,
                @Param("submittedBy") String submittedBy, @Param("now") Instant now,
                @Param("valuesJson") String valuesJson);
}
