package org.coopflow.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MailPreferenceMapper {

    /** The stored choice, or null for the default (AT_ONCE). */
    MailPreference find(@Param("username") String username);

    /** The accounts among these that chose something else than AT_ONCE, with their choice. */
    List<Choice> findChosen(@Param("usernames") Collection<String> usernames);

    record Choice(String username, MailPreference preference) {
    }

    /** The enabled accounts with this e-mail address, each with its stored choice or null for the default. */
    List<Choice> findChoicesAtAddress(@Param("email") String email);

    int update(@Param("username") String username, @Param("preference") MailPreference preference,
               @Param("at") Instant at);

    void insert(@Param("username") String username, @Param("preference") MailPreference preference,
                @Param("at") Instant at);

    List<String> findUsernames(@Param("preference") MailPreference preference);
}
