package org.coopflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job executor settings for a cluster (README, "Timers and the cluster"), as the application reads them: a due
 * timer is picked up within 10 s by an idle node, and a dead node's jobs run elsewhere within a minute.
 * (The tests themselves run without a job executor; TwoNodeClusterIT runs two.)
 */
class JobExecutorSettingsIT extends MariaDbIntegrationTest {

    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void anIdleNodeLooksForDueJobsAtLeastEveryFiveSeconds() {
        JobExecutionProperty jobs = camunda.getJobExecution();

        assertThat(jobs.getWaitTimeInMillis()).isEqualTo(5000);
        assertThat(jobs.getMaxWait()).isEqualTo(5000L);
        assertThat(jobs.isDeploymentAware()).isFalse();
    }

    @Test
    void aDeadNodesJobsAreFreeWithinAMinute() {
        JobExecutionProperty jobs = camunda.getJobExecution();

        // its locks run out, then another node's next look finds them
        assertThat(jobs.getLockTimeInMillis() + jobs.getMaxWait()).isLessThanOrEqualTo(60_000L);
        assertThat(jobs.getBackoffTimeInMillis()).isEqualTo(100);
        assertThat(jobs.getMaxBackoff()).isEqualTo(2000L);
    }
}
