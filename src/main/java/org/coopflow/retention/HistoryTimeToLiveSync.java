package org.coopflow.retention;

import java.time.Duration;
import java.util.Objects;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.coopflow.system.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is up, gives every deployed process and decision definition, older versions included, the
 * configured history time-to-live (a changed setting reaches the definitions deployed before it; the history of
 * instances that ended earlier keeps the removal time it was given). One node does it (a cluster lock).
 */
@Component
class HistoryTimeToLiveSync {

    private static final Logger log = LoggerFactory.getLogger(HistoryTimeToLiveSync.class);

    private final RepositoryService repository;
    private final RetentionSettings settings;
    private final ClusterLocks locks;

    HistoryTimeToLiveSync(RepositoryService repository, RetentionSettings settings, ClusterLocks locks) {
        this.repository = repository;
        this.settings = settings;
        this.locks = locks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applyOnStart() {
        locks.runExclusively("retention-history-ttl", Duration.ofMinutes(5), Duration.ZERO, this::apply);
    }

    /** @return how many definitions were changed */
    int apply() {
        int changed = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            int days = settings.historyDays(definition.getKey());
            if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
            int days = settings.historyDays(definition.getKey());
            if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
                repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("History time-to-live set from coopflow.retention on {} definition(s)", changed);
        }
        return changed;
    }
}
