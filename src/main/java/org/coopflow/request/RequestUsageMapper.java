package org.coopflow.request;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Requests naming a reference code (kind PARTNER, AGENCY, SECTOR, MODALITY or LANGUAGE). */
@Mapper
interface RequestUsageMapper {

    /** All of them, or (closed given) those whose status is not among the closed ones. */
    long count(@Param("kind") String kind, @Param("code") String code, @Param("closed") List<String> closed);

    List<String> openReferences(@Param("kind") String kind, @Param("code") String code,
                                @Param("closed") List<String> closed, @Param("limit") int limit);
}
