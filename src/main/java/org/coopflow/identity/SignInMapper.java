package org.coopflow.identity;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SignInMapper {

    record Throttle(String throttleKey, int failures, Instant lastAttemptAt, Instant nextAllowedAt, Instant lockedUntil) {
    }

    Throttle findThrottle(@Param("key") String key);

    int insertThrottle(@Param("key") String key, @Param("now") Instant now);

    /** Counts one more attempt unless the key is locked or must still wait; 0 rows: refused. */
    int countAttempt(@Param("key") String key, @Param("now") Instant now, @Param("forgetBefore") Instant forgetBefore);

    void limit(@Param("key") String key, @Param("nextAllowedAt") Instant nextAllowedAt,
               @Param("lockedUntil") Instant lockedUntil);

    void forget(@Param("key") String key);

    void forgiveOne(@Param("key") String key);

    int deleteStale(@Param("before") Instant before);

    void insertEvent(@Param("username") String username, @Param("event") String event,
                     @Param("address") String address, @Param("actor") String actor, @Param("at") Instant at);

    List<LoginEvent> findEvents(@Param("username") String username, @Param("event") String event,
                                @Param("offset") long offset, @Param("limit") int limit);

    long countEvents(@Param("username") String username, @Param("event") String event);
}
