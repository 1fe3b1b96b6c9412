package org.coopflow.audit;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

    void insert(@Param("line") AuditLine line);

    /** A request's entries in the order they happened; only these categories when some are given. */
    List<AuditEntry> findByRequest(@Param("requestId") Long requestId,
                                   @Param("categories") Collection<AuditCategory> categories);
}
