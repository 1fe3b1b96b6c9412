package org.coopflow.monitoring;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The job executor of this node, for the readiness health group ("jobExecutor"; replaces the Camunda starter's
 * indicator of the same name): DOWN when it should run and does not. A node started without one
 * ({@code camunda.bpm.job-execution.enabled=false}, e.g. a node that serves pages only) is UP and says so.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

    private final ObjectProvider<JobExecutor> jobExecutor;

    JobExecutorHealth(ObjectProvider<JobExecutor> jobExecutor) {
        this.jobExecutor = jobExecutor;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        JobExecutor executor = jobExecutor.getIfAvailable();
        if (executor == null) {
            health.up().withDetail("enabled", false);
            return;
        }
        (executor.isActive() ? health.up() : health.down())
                .withDetail("enabled", true)
                .withDetail("active", executor.isActive())
                .withDetail("lockOwner", executor.getLockOwner())
                .withDetail("lockTimeInMillis", executor.getLockTimeInMillis())
                .withDetail("waitTimeInMillis", executor.getWaitTimeInMillis())
                .withDetail("maxWait", executor.getMaxWait());
    }
}
