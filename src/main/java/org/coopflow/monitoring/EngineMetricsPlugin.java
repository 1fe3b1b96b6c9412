package org.coopflow.monitoring;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine's own counters (jobs acquired, executed, failed, rejected; process instances started) as Micrometer
 * counters of this node, {@code camunda_*} at /actuator/prometheus. The engine keeps counting into its meter log
 * too (Cockpit's figures), which it resets every 15 minutes; these counters only ever grow, as Prometheus needs.
 */
@Component
class EngineMetricsPlugin extends AbstractProcessEnginePlugin {

    private final Map<String, Counter> counters;

    EngineMetricsPlugin(MeterRegistry meters) {
        this.counters = Map.of(
                Metrics.JOB_ACQUISITION_ATTEMPT, counter(meters, "camunda.jobs.acquisition.attempts",
                        "Job acquisition cycles of this node's job executor"),
                Metrics.JOB_ACQUIRED_SUCCESS, counter(meters, "camunda.jobs.acquired",
                        "Jobs this node locked for execution", "result", "success"),
                Metrics.JOB_ACQUIRED_FAILURE, counter(meters, "camunda.jobs.acquired",
                        "Jobs this node could not lock (another node was quicker)", "result", "failure"),
                Metrics.JOB_EXECUTION_REJECTED, counter(meters, "camunda.jobs.rejected",
                        "Acquired jobs the execution pool had no room for (tried again)"),
                Metrics.JOB_SUCCESSFUL, counter(meters, "camunda.jobs.executed",
                        "Jobs executed by this node", "result", "success"),
                Metrics.JOB_FAILED, counter(meters, "camunda.jobs.executed",
                        "Jobs executed by this node", "result", "failure"),
                Metrics.JOB_LOCKED_EXCLUSIVE, counter(meters, "camunda.jobs.locked.exclusive",
                        "Exclusive jobs of one process instance locked together"),
                Metrics.ROOT_PROCESS_INSTANCE_START, counter(meters, "camunda.process.instances.started",
                        "Root process instances started on this node"));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setMetricsRegistry(new CountingMetricsRegistry(counters));
    }

    private static Counter counter(MeterRegistry meters, String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(meters);
    }

    /** The engine's registry, counting the named meters into Micrometer as well. */
    private static final class CountingMetricsRegistry extends MetricsRegistry {

        private final Map<String, Counter> counters;

        CountingMetricsRegistry(Map<String, Counter> counters) {
            this.counters = counters;
        }

        @Override
        public void markOccurrence(String name, long times) {
            super.markOccurrence(name, times);
            Counter counter = counters.get(name);
            if (counter != null) {
                counter.increment(times);
            }
        }
    }
}
