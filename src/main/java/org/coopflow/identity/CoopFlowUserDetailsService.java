package org.coopflow.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coopflow.shared.PageMemo;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users, their groups and the roles those groups confer (one statement each: {@link SignInAccount}). */
@Service
public class CoopFlowUserDetailsService implements UserDetailsService {

    private final IdentityMapper identity;

    public CoopFlowUserDetailsService(IdentityMapper identity) {
        this.identity = identity;
    }

    @Override
    public CoopFlowPrincipal loadUserByUsername(String username) {
        SignInAccount account = signInAccount(username);
        if (account == null) {
            throw new UsernameNotFoundException("Unknown user");
        }
        return principalOf(account);
    }

    /** The identity of a user without authenticating (notifications, delegation checks). */
    public CurrentUser currentUserOf(String username) {
        return PageMemo.get("user", username, name -> {
            SignInAccount account = signInAccount(name);
            return account == null ? null : toCurrentUser(account);
        });
    }

    /** The account with its groups, its lock and its second factor, in one statement; null if there is none. */
    SignInAccount signInAccount(String username) {
        return identity.findAccount(username, LoginThrottle.accountKey(username));
    }

    CoopFlowPrincipal principalOf(SignInAccount signIn) {
        UserAccount account = signIn.account();
        return new CoopFlowPrincipal(toCurrentUser(signIn), account.passwordHash(), account.enabled(),
                account.email(), account.locale(), account.timeZone(), account.mustChangePassword());
    }

    private CurrentUser toCurrentUser(SignInAccount signIn) {
        UserAccount account = signIn.account();
        // A reserved group would bypass the engine's authorization checks in Cockpit: never part of an identity.
        List<GroupMembership> memberships = signIn.groups().stream()
                .filter(membership -> !ReservedGroups.isReserved(membership.groupId())).toList();
        Set<Role> roles = memberships.stream().map(GroupMembership::role).collect(Collectors.toUnmodifiableSet());
        Set<String> groups = memberships.stream().map(GroupMembership::groupId).collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(account.username(), account.displayName(), account.organisationCode(), roles, groups);
    }
}
