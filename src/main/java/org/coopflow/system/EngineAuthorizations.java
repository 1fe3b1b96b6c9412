package org.coopflow.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionRequirementsDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.identity.ReservedGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization service as the second layer behind the path rules of SecurityConfiguration
 * ({@code camunda.bpm.authorization.enabled}): whatever reaches the engine from Cockpit, Admin or /engine-rest runs as
 * the signed-in user with their real groups, and only these grants exist —
 * <ul>
 * <li>{@code manager}: Cockpit, and reading definitions, instances, tasks, history, batches and the operation log;</li>
 * <li>{@code admin}: the same, the Admin webapp (read-only: the identity provider is read-only and no authorization may be
 * changed), and retrying failed jobs (operations work; a failed-job incident is resolved by its retry);</li>
 * <li>nobody: the Tasklist application (CoopFlow is the task list), and any permission to assign, complete, change
 * variables, modify, migrate, cancel, suspend, correlate, start or deploy.</li>
 * </ul>
 * The engine's default authorizations (the assignee and candidate groups of every task may work on it, a deployer owns
 * the deployment, ...) are off: they would hand the manager group the MOU approvals through /engine-rest, and write an
 * authorization row per task. CoopFlow's own calls go through {@link EngineIdentity}. Grants are written at start-up
 * when missing (several nodes may race: the loser finds the winner's rows), and any other grant for these groups is
 * removed, so the set above is the whole truth after every start.
 */
@Component
class EngineAuthorizations extends AbstractProcessEnginePlugin {

    static final String MANAGER = "manager";
    static final String ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);

    record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    }

    static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        for (String group : List.of(MANAGER, ADMIN)) {
            grants.add(new Grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
            grants.add(new Grant(group, Resources.DEPLOYMENT, "*", Permissions.READ));
            grants.add(new Grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY));
            grants.add(new Grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ));
            grants.add(new Grant(group, Resources.TASK, "*", TaskPermissions.READ));
            grants.add(new Grant(group, Resources.BATCH, "*", BatchPermissions.READ, BatchPermissions.READ_HISTORY));
            grants.add(new Grant(group, Resources.OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ));
            grants.add(new Grant(group, Resources.USER, "*", Permissions.READ));
            grants.add(new Grant(group, Resources.GROUP, "*", Permissions.READ));
        }
        grants.add(new Grant(MANAGER, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK));
        grants.add(new Grant(MANAGER, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ));
        grants.add(new Grant(ADMIN, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.RETRY_JOB));
        grants.add(new Grant(ADMIN, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ,
                ProcessInstancePermissions.RETRY_JOB));
        grants.add(new Grant(ADMIN, Resources.APPLICATION, "admin", Permissions.ACCESS));
        grants.add(new Grant(ADMIN, Resources.AUTHORIZATION, "*", Permissions.READ));
        grants.add(new Grant(ADMIN, Resources.SYSTEM, "*", SystemPermissions.READ));
        return grants;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationEnabled(true);
        configuration.setResourceAuthorizationProvider(new NoDefaultAuthorizations());
        configuration.setCustomPostCommandInterceptorsTxRequired(
                withServiceCalls(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                withServiceCalls(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withServiceCalls(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = new ArrayList<>(interceptors == null ? List.of() : interceptors);
        all.add(new ServiceCallsUnchecked());
        return all;
    }

    /**
     * CoopFlow's own service calls ({@link EngineIdentity}: the user's id plus the internal engine-service group) run
     * with the engine's authorization checks off for the whole command, nested commands included: CoopFlow's services
     * have applied CoopFlow's rules already. Runs inside the command context, after it is opened.
     */
    static final class ServiceCallsUnchecked extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            Authentication authentication = context == null ? null : context.getAuthentication();
            if (authentication == null || authentication.getGroupIds() == null
                    || !authentication.getGroupIds().contains(ReservedGroups.ENGINE_SERVICE)
                    || !context.isAuthorizationCheckEnabled()) {
                return next.execute(command);
            }
            context.disableAuthorizationCheck();
            try {
                return next.execute(command);
            } finally {
                context.enableAuthorizationCheck();
            }
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        List<Grant> wanted = grants();
        for (String group : List.of(MANAGER, ADMIN)) {
            for (Authorization existing : authorizations.createAuthorizationQuery().groupIdIn(group).list()) {
                boolean expected = wanted.stream().anyMatch(grant -> matches(grant, existing));
                if (!expected) {
                    log.warn("Removing an engine authorization CoopFlow does not grant: group {}, resource {} {}",
                            group, existing.getResourceType(), existing.getResourceId());
                    authorizations.deleteAuthorization(existing.getId());
                }
            }
        }
        for (Grant grant : wanted) {
            boolean present = authorizations.createAuthorizationQuery().groupIdIn(grant.groupId())
                    .resourceType(grant.resource()).resourceId(grant.resourceId()).list().stream()
                    .anyMatch(existing -> matches(grant, existing));
            if (!present) {
                create(authorizations, grant);
            }
        }
    }

    private static void create(AuthorizationService authorizations, Grant grant) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.groupId());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        for (Permission permission : grant.permissions()) {
            authorization.addPermission(permission);
        }
        try {
            authorizations.saveAuthorization(authorization);
        } catch (RuntimeException anotherNodeWasFaster) {
            log.info("Engine authorization for {} on {} written meanwhile by another node", grant.groupId(),
                    grant.resource().resourceName());
        }
    }

    /** The same group, resource and exactly the same permissions (an extra permission is not what CoopFlow grants). */
    private static boolean matches(Grant grant, Authorization existing) {
        int expected = 0;
        for (Permission permission : grant.permissions()) {
            expected |= permission.getValue();
        }
        return existing.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                && existing.getResourceType() == grant.resource().resourceType()
                && grant.resourceId().equals(existing.getResourceId())
                && grant.groupId().equals(existing.getGroupId())
                && existing instanceof AuthorizationEntity entity && entity.getPermissions() == expected;
    }

    /** The engine writes no authorization of its own (no grants to assignees, candidates, owners or deployers). */
    private static final class NoDefaultAuthorizations implements ResourceAuthorizationProvider {

        private static final AuthorizationEntity[] NONE = null;

        @Override
        public AuthorizationEntity[] newUser(User user) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newGroup(Group group) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTenant(Tenant tenant) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] groupMembershipCreated(String groupId, String userId) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] tenantMembershipCreated(Tenant tenant, User user) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] tenantMembershipCreated(Tenant tenant, Group group) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newFilter(org.camunda.bpm.engine.filter.Filter filter) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newDeployment(Deployment deployment) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newProcessDefinition(ProcessDefinition processDefinition) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newProcessInstance(ProcessInstance processInstance) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTask(Task task) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newDecisionDefinition(DecisionDefinition decisionDefinition) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newDecisionRequirementsDefinition(DecisionRequirementsDefinition definition) {
            return NONE;
        }
    }
}
