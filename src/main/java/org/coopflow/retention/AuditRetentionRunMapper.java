package org.coopflow.retention;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditRetentionRunMapper {

    void insert(@Param("run") AuditRetention.Run run);

    /** The latest runs, newest first. */
    List<AuditRetention.Run> findLatest(@Param("limit") int limit);
}
