package org.coopflow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances onto the latest version of their model when a release brings a new one, so that requests in
 * flight get the new version's listeners (the stage records and audit lines of their next steps) instead of finishing
 * on the old one. Activities with the same id are mapped to each other, renamed ones by the owning module's
 * {@link ActivityRenames}; a version that cannot be mapped (an activity removed that an instance waits in) is left as
 * it is and logged. Runs at start-up on every node: the second node finds nothing left to move, and a node that
 * races another loses on the engine's optimistic locking and leaves it to the winner.
 */
@Component
public class ProcessVersionUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ProcessVersionUpgrade.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final Map<String, ActivityRenames> renames;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ProcessVersionUpgrade(RepositoryService repository, RuntimeService runtime, List<ActivityRenames> renames,
                          ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.runtime = runtime;
        this.renames = renames.stream().collect(Collectors.toMap(ActivityRenames::processKey, Function.identity()));
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void upgradeAtStartUp() {
        upgradeAll();
    }

    /** Moves the instances of every older version that can be mapped; returns how many moved. */
    public int upgradeAll() {
        int moved = 0;
        for (ProcessDefinition latest : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (ProcessDefinition older : repository.createProcessDefinitionQuery()
                    .processDefinitionKey(latest.getKey()).list()) {
                if (older.getVersion() < latest.getVersion()) {
                    moved += upgrade(older, latest);
                }
            }
        }
        return moved;
    }

    private int upgrade(ProcessDefinition older, ProcessDefinition latest) {
        List<String> instances = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).list()
                .stream().map(ProcessInstance::getId).toList();
        if (instances.isEmpty()) {
            return 0;
        }
        try {
            MigrationPlanBuilder builder = runtime.createMigrationPlan(older.getId(), latest.getId())
                    .mapEqualActivities().updateEventTriggers();
            ActivityRenames renamed = renames.get(latest.getKey());
            if (renamed != null) {
                renamed.renamedActivities().forEach((from, to) -> builder.mapActivities(from, to));
            }
            MigrationPlan plan = builder.build();
            transaction.executeWithoutResult(status -> {
                runtime.newMigration(plan).processInstanceIds(instances).execute();
                events.publishEvent(new ProcessInstancesUpgraded(new ArrayList<>(instances)));
            });
            log.info("Moved {} running instances of {} from version {} to {}", instances.size(), latest.getKey(),
                    older.getVersion(), latest.getVersion());
            return instances.size();
        } catch (ProcessEngineException e) {
            log.warn("Instances of {} version {} stay on it (cannot be moved to version {}): {}", older.getKey(),
                    older.getVersion(), latest.getVersion(), e.getMessage());
            return 0;
        }
    }
}
