package org.coopflow.translation;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.shared.GeneratedId;

@Mapper
interface GlossaryMapper {

    List<GlossaryTerm> findAll(@Param("includeRetired") boolean includeRetired);

    GlossaryTerm find(@Param("id") Long id);

    void insert(@Param("row") GeneratedId row, @Param("form") GlossaryForm form, @Param("by") String by,
                @Param("at") Instant at);

    int update(@Param("id") Long id, @Param("form") GlossaryForm form, @Param("by") String by, @Param("at") Instant at);

    int retire(@Param("id") Long id, @Param("retired") boolean retired, @Param("version") int version,
               @Param("by") String by, @Param("at") Instant at);

    void insertChange(@Param("row") GeneratedId row, @Param("termId") Long termId, @Param("action") String action,
                      @Param("by") String by, @Param("at") Instant at, @Param("summary") String summary);

    List<GlossaryEntry> findChanges(@Param("termId") Long termId);
}
