package org.coopflow.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coopflow.shared.PageMemo;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users, their groups and the roles those groups confer. */
@Service
public class CoopFlowUserDetailsService implements UserDetailsService {

    private final IdentityMapper identity;

    public CoopFlowUserDetailsService(IdentityMapper identity) {
        this.identity = identity;
    }

    @Override
    public CoopFlowPrincipal loadUserByUsername(String username) {
        UserAccount account = identity.findUser(username);
        if (account == null) {
            throw new UsernameNotFoundException("Unknown user");
        }
        return new CoopFlowPrincipal(toCurrentUser(account), account.passwordHash(), account.enabled(),
                account.email(), account.locale(), account.timeZone(), account.mustChangePassword());
    }

    /** The identity of a user without authenticating (notifications, delegation checks). */
    public CurrentUser currentUserOf(String username) {
        return PageMemo.get("user", username, name -> {
            UserAccount account = identity.findUser(name);
            return account == null ? null : toCurrentUser(account);
        });
    }

    private CurrentUser toCurrentUser(UserAccount account) {
        // A reserved group would bypass the engine's authorization checks in Cockpit: never part of an identity.
        List<GroupMembership> memberships = identity.findGroupsOfUser(account.username()).stream()
                .filter(membership -> !ReservedGroups.isReserved(membership.groupId())).toList();
        Set<Role> roles = memberships.stream().map(GroupMembership::role).collect(Collectors.toUnmodifiableSet());
        Set<String> groups = memberships.stream().map(GroupMembership::groupId).collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(account.username(), account.displayName(), account.organisationCode(), roles, groups);
    }
}
