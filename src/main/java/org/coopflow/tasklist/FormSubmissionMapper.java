package org.coopflow.tasklist;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FormSubmissionMapper {

    void insert(@Param("requestId") Long requestId, @Param("taskId") String taskId, @Param("taskKey") String taskKey,
                @Param("submittedBy") String submittedBy, @Param("now") Instant now,
                @Param("valuesJson") String valuesJson);

    List<FormSubmission> findByRequest(@Param("requestId") Long requestId);

    FormSubmission findLatest(@Param("requestId") Long requestId, @Param("taskKey") String taskKey);
}
