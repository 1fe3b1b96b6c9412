package org.coopflow.mou;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MouMapper {

    int latestVersion(@Param("requestId") Long requestId);

    void insert(@Param("requestId") Long requestId, @Param("versionNo") int versionNo, @Param("title") String title,
                @Param("body") String body, @Param("changeSummary") String changeSummary,
                @Param("createdBy") String createdBy, @Param("now") Instant now);

    List<MouVersion> findByRequest(@Param("requestId") Long requestId);

    MouVersion findVersion(@Param("requestId") Long requestId, @Param("versionNo") int versionNo);
}
