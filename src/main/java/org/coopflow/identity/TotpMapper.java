package org.coopflow.identity;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TotpMapper {

    record Enrolment(String username, String secret, Instant confirmedAt, long lastStep) {
    }

    Enrolment find(@Param("username") String username);

    void insert(@Param("username") String username, @Param("secret") String secret);

    int confirm(@Param("username") String username, @Param("step") long step, @Param("at") Instant at);

    /** Moves last_step forward to this step; 0 rows if the step (or a later one) was used already. */
    int useStep(@Param("username") String username, @Param("step") long step);

    void delete(@Param("username") String username);
}
