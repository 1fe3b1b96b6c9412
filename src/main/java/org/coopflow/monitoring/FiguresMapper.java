package org.coopflow.monitoring;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FiguresMapper {

    /** Requests per status (tag1). */
    List<Figure> countRequestsByStatus();

    List<AgencyStepTasks> countOpenTasks(@Param("now") Instant now);

    List<Figure> findAll();

    Instant lastComputed();

    void deleteAll();

    void insertAll(@Param("figures") List<Figure> figures, @Param("at") Instant at);
}
