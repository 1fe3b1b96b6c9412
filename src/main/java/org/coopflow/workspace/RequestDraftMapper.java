package org.coopflow.workspace;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The request form's drafts (V71), one per user. */
@Mapper
interface RequestDraftMapper {

    record Row(String username, String content, Instant savedAt) {
    }

    Row find(@Param("username") String username);

    int update(@Param("username") String username, @Param("content") String content, @Param("now") Instant now);

    void insert(@Param("username") String username, @Param("content") String content, @Param("now") Instant now);

    void delete(@Param("username") String username);

    int deleteSavedBefore(@Param("cutoff") Instant cutoff);
}
