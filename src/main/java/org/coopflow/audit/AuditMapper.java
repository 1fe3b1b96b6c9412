package org.coopflow.audit;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AuditMapper {

    void insert(@Param("requestId") Long requestId, @Param("actor") String actor, @Param("action") String action,
                @Param("details") String details, @Param("now") Instant now);

    List<AuditEvent> findByRequest(@Param("requestId") Long requestId);
}
