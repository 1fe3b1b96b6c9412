package org.coopflow.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.shared.ForbiddenException;
import org.springframework.stereotype.Service;

/** What the administrators' retention page shows: the settings in force and the engine's last cleanup runs. */
@Service
public class RetentionOverview {

    static final int RUNS_SHOWN = 10;

    private final RetentionSettings settings;
    private final RepositoryService repository;
    private final HistoryService history;
    private final ManagementService management;
    private final AuditRetention auditRetention;
    private final Clock clock;

    RetentionOverview(RetentionSettings settings, RepositoryService repository, HistoryService history,
                      ManagementService management, AuditRetention auditRetention, Clock clock) {
        this.settings = settings;
        this.repository = repository;
        this.history = history;
        this.management = management;
        this.auditRetention = auditRetention;
        this.clock = clock;
    }

    /** A deployed process or decision (its latest version) and the days its history is kept. */
    public record DefinitionRetention(String kind, String key, String name, int version, Integer days) {
    }

    /** One execution of the engine's history cleanup job. */
    public record CleanupRun(Instant at, boolean failed, String message) {
    }

    /**
     * @param nextRun       when the cleanup job is due next (null: not scheduled)
     * @param removedLast30 historic process instances the cleanup removed in the last 30 days (as reported by the
     *                      engine's metrics, every 15 minutes)
     * @param auditRuns     the audit retention's last runs, newest first (none while the audit is kept forever)
     */
    public record Overview(RetentionSettings settings, List<DefinitionRetention> definitions, List<CleanupRun> runs,
                           Instant nextRun, long removedLast30, List<AuditRetention.Run> auditRuns) {

        public Optional<Duration> audit() {
            return settings.auditPeriod();
        }
    }

    public Overview overview(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("retention.forbidden");
        }
        List<DefinitionRetention> definitions = new ArrayList<>();
        repository.createProcessDefinitionQuery().latestVersion().list().forEach(d -> definitions.add(
                new DefinitionRetention("process", d.getKey(), d.getName(), d.getVersion(), d.getHistoryTimeToLive())));
        repository.createDecisionDefinitionQuery().latestVersion().list().forEach(d -> definitions.add(
                new DefinitionRetention("decision", d.getKey(), d.getName(), d.getVersion(), d.getHistoryTimeToLive())));
        definitions.sort(Comparator.comparing(DefinitionRetention::kind).reversed()
                .thenComparing(DefinitionRetention::key));

        List<CleanupRun> runs = new ArrayList<>();
        for (HistoricJobLog log : history.createHistoricJobLogQuery().jobDefinitionType(HistoryCleanupJobHandler.TYPE)
                .orderByTimestamp().desc().listPage(0, RUNS_SHOWN * 3)) {
            if (log.isSuccessLog() || log.isFailureLog()) {
                runs.add(new CleanupRun(log.getTimestamp().toInstant(), log.isFailureLog(),
                        log.getJobExceptionMessage()));
            }
            if (runs.size() == RUNS_SHOWN) {
                break;
            }
        }
        Instant nextRun = history.findHistoryCleanupJobs().stream().map(Job::getDuedate).filter(d -> d != null)
                .min(Date::compareTo).map(Date::toInstant).orElse(null);
        Long removed = management.createMetricsQuery().name(Metrics.HISTORY_CLEANUP_REMOVED_PROCESS_INSTANCES)
                .startDate(Date.from(clock.instant().minus(Duration.ofDays(30)))).sum();
        return new Overview(settings, definitions, runs, nextRun, removed == null ? 0 : removed,
                auditRetention.latestRuns(RUNS_SHOWN));
    }
}
