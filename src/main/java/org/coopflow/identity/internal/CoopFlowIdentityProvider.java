package org.coopflow.identity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.coopflow.identity.GroupMembership;
import org.coopflow.identity.IdentityMapper;
import org.coopflow.identity.ReservedGroups;
import org.coopflow.identity.UserAccount;

/**
 * Camunda's identity service reads CoopFlow's users and groups (read-only), so candidate groups in the
 * models are our groups and Cockpit shows our users. Queries are small (hundreds of users): filters the
 * mapper does not know are applied in memory.
 */
class CoopFlowIdentityProvider implements ReadOnlyIdentityProvider {

    private static final int MAX_ROWS = 10_000;

    private final IdentityMapper identity;
    CoopFlowIdentityProvider(IdentityMapper identity) {
        this.identity = identity;
    }

    @Override
    public User findUserById(String userId) {
        UserAccount account = identity.findUser(userId);
        return account == null ? null : toUser(account);
    }

    @Override
    public UserQuery createUserQuery() {
        return new Users();
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new Users();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new UnsupportedOperationException("Native user queries are not supported by CoopFlow's identity provider");
    }

    /**
     * Always false: passwords are checked only by CoopFlow's sign-in, which throttles, locks and audits. Camunda's own
     * login (refused by the path rules anyway) and {@code /engine-rest/identity/verify} must not be an unthrottled
     * password oracle.
     */
    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    @Override
    public Group findGroupById(String groupId) {
        List<GroupMembership> groups = identity.findGroups(groupId, null, 0, 1);
        return groups.isEmpty() ? null : toGroup(groups.get(0));
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new Groups();
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new Groups();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenants();
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenants();
    }

    @Override
    public void flush() {
        // read-only
    }

    @Override
    public void close() {
        // nothing held
    }

    private static User toUser(UserAccount account) {
        UserEntity user = new UserEntity(account.username());
        String[] names = account.displayName().split(" ", 2);
        user.setFirstName(names[0]);
        user.setLastName(names.length > 1 ? names[1] : "");
        user.setEmail(account.email());
        return user;
    }

    private static Group toGroup(GroupMembership membership) {
        GroupEntity group = new GroupEntity(membership.groupId());
        group.setName(membership.groupName());
        group.setType(membership.role().name());
        return group;
    }

    private static <T> List<T> page(List<T> rows, Page page) {
        if (page == null) {
            return rows;
        }
        int from = Math.min(page.getFirstResult(), rows.size());
        int to = (int) Math.min((long) from + page.getMaxResults(), rows.size());
        return rows.subList(from, to);
    }

    private class Users extends UserQueryImpl {

        @Override
        public long executeCount(CommandContext commandContext) {
            return find().size();
        }

        @Override
        public List<User> executeList(CommandContext commandContext, Page page) {
            return page(find(), page);
        }

        private List<User> find() {
            Predicate<UserAccount> matches = account -> (ids == null || Arrays.asList(ids).contains(account.username()))
                    && (email == null || email.equalsIgnoreCase(account.email()));
            List<User> users = new ArrayList<>();
            for (UserAccount account : identity.findUsers(id, groupId, null, 0, MAX_ROWS)) {
                if (matches.test(account)) {
                    users.add(toUser(account));
                }
            }
            return users;
        }
    }

    private class Groups extends GroupQueryImpl {

        @Override
        public long executeCount(CommandContext commandContext) {
            return find().size();
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            return page(find(), page);
        }

        private List<Group> find() {
            List<Group> groups = new ArrayList<>();
            for (GroupMembership membership : identity.findGroups(id, userId, 0, MAX_ROWS)) {
                if (!ReservedGroups.isReserved(membership.groupId())
                        && (ids == null || Arrays.asList(ids).contains(membership.groupId()))
                        && (type == null || Objects.equals(type, membership.role().name()))) {
                    groups.add(toGroup(membership));
                }
            }
            return groups;
        }
    }

    private static class NoTenants extends TenantQueryImpl {

        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }
}
