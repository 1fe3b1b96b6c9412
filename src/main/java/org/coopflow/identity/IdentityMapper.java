package org.coopflow.identity;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface IdentityMapper {

    UserAccount findUser(@Param("username") String username);

    /**
     * The account with its groups, the stored end of the lock of {@code throttleKey} ({@link LoginThrottle#accountKey})
     * and whether it has a confirmed second factor, in one statement; null if there is no such account.
     */
    SignInAccount findAccount(@Param("username") String username, @Param("throttleKey") String throttleKey);

    List<GroupMembership> findGroupsOfUser(@Param("username") String username);

    List<UserAccount> findUsers(@Param("username") String username, @Param("groupId") String groupId,
                                @Param("organisationCode") String organisationCode,
                                @Param("offset") int offset, @Param("limit") int limit);

    List<GroupMembership> findGroups(@Param("groupId") String groupId, @Param("username") String username,
                                     @Param("offset") int offset, @Param("limit") int limit);

    void updatePreferences(@Param("username") String username, @Param("locale") String locale,
                           @Param("timeZone") String timeZone);
}
