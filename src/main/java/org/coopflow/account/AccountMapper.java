package org.coopflow.account;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The writes to accounts (app_user, group_membership) and their change history. */
@Mapper
interface AccountMapper {

    record AccountRow(String username, String displayName, String email, String organisationCode, String locale,
                      String timeZone, boolean enabled, boolean mustChangePassword) {
    }

    record GroupOption(String id, String name, String role, String organisationCode) {
    }

    record OrganisationOption(String code, String name, String kind) {
    }

    List<AccountRow> find(@Param("search") String search, @Param("groupId") String groupId,
                          @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("search") String search, @Param("groupId") String groupId);

    AccountRow findOne(@Param("username") String username);

    List<String> membershipsOf(@Param("username") String username);

    String passwordHash(@Param("username") String username);

    List<GroupOption> groups();

    List<OrganisationOption> organisations();

    int insert(@Param("username") String username, @Param("displayName") String displayName,
               @Param("email") String email, @Param("passwordHash") String passwordHash,
               @Param("organisationCode") String organisationCode, @Param("locale") String locale,
               @Param("timeZone") String timeZone, @Param("at") Instant at);

    void updateDetails(@Param("username") String username, @Param("displayName") String displayName,
                       @Param("email") String email, @Param("organisationCode") String organisationCode,
                       @Param("locale") String locale, @Param("timeZone") String timeZone);

    void setEnabled(@Param("username") String username, @Param("enabled") boolean enabled);

    void setPassword(@Param("username") String username, @Param("passwordHash") String passwordHash,
                     @Param("mustChange") boolean mustChange, @Param("at") Instant at);

    void deleteMemberships(@Param("username") String username);

    void insertMembership(@Param("username") String username, @Param("groupId") String groupId);

    long countEnabledWithGroup(@Param("groupId") String groupId);

    void insertChange(@Param("username") String username, @Param("actor") String actor, @Param("action") String action,
                      @Param("before") String before, @Param("after") String after, @Param("address") String address,
                      @Param("at") Instant at);

    List<AccountChange> findChanges(@Param("username") String username, @Param("offset") long offset,
                                    @Param("limit") int limit);

    long countChanges(@Param("username") String username);
}
