package org.coopflow.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.coopflow.system.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cluster-wide figures at /actuator/prometheus: open tasks per agency and step, overdue tasks per agency,
 * requests per status, submissions, open incidents, overdue timers, jobs without retries. One node a minute runs
 * the aggregates (a cluster lock held for the interval) and stores the results in {@code ops_figure}; every node
 * reads that small table every 15 s into its gauges. A scrape reads memory only, whatever the number of rows or
 * nodes. Every node reports the same values: a dashboard takes their max, not their sum.
 */
@Component
class OperationsFigures implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OperationsFigures.class);
    static final String LOCK = "operations-figures";

    private final FiguresMapper mapper;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final ClusterLocks locks;
    private final MonitoringSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<String, MultiGauge> gauges = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private volatile Map<String, Long> single = Map.of();
    private volatile Instant computedAt;
    private volatile ThreadPoolTaskScheduler scheduler;

    OperationsFigures(FiguresMapper mapper, ManagementService management, RuntimeService runtime, ClusterLocks locks,
                      MonitoringSettings settings, PlatformTransactionManager transactions, Clock clock,
                      MeterRegistry meters) {
        this.mapper = mapper;
        this.management = management;
        this.runtime = runtime;
        this.locks = locks;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.meters = meters;
        gauge("coopflow.tasks.open", "Open tasks per agency and step (held by or offered to the agency)");
        gauge("coopflow.tasks.overdue", "Open tasks past their due date, per agency");
        gauge("coopflow.requests", "Requests per status");
        gauge("camunda.incidents.open", "Open incidents per type");
        FunctionCounter.builder("coopflow.requests.submitted", this, f -> f.value("requests_submitted"))
                .description("Requests submitted since the start (all nodes)").register(meters);
        Gauge.builder("camunda.timers.overdue", this, f -> f.value("timers_overdue"))
                .description("Timers due more than a minute ago and not fired yet").register(meters);
        Gauge.builder("camunda.jobs.due", this, f -> f.value("jobs_due"))
                .description("Jobs due and waiting for a job executor").register(meters);
        Gauge.builder("camunda.jobs.without.retries", this, f -> f.value("jobs_without_retries"))
                .description("Jobs that failed for good (each has an incident)").register(meters);
        Gauge.builder("coopflow.figures.age", this, OperationsFigures::ageSeconds).baseUnit("seconds")
                .description("How old the cluster-wide figures are").register(meters);
    }

    private void gauge(String name, String description) {
        gauges.put(name, MultiGauge.builder(name).description(description).register(meters));
    }

    /** Runs the aggregates and stores them, if no other node did so within the interval. */
    boolean computeIfDue() {
        Duration atLeast = settings.figuresInterval().minusSeconds(5);
        Duration atMost = atLeast.compareTo(Duration.ofMinutes(5)) > 0 ? atLeast : Duration.ofMinutes(5);
        return locks.runExclusively(LOCK, atMost, atLeast, this::compute);
    }

    void compute() {
        Instant now = clock.instant();
        List<Figure> figures = new ArrayList<>(mapper.countRequestsByStatus());
        figures.add(Figure.of("requests_submitted", figures.stream().mapToLong(Figure::figure).sum()));
        Map<String, Long> overdue = new TreeMap<>();
        for (AgencyStepTasks t : mapper.countOpenTasks(now)) {
            figures.add(new Figure("tasks_open", t.agency(), t.step(), t.openTasks()));
            overdue.merge(t.agency(), t.overdueTasks(), Long::sum);
        }
        overdue.forEach((agency, n) -> figures.add(new Figure("tasks_overdue", agency, "", n)));
        for (String type : List.of(Incident.FAILED_JOB_HANDLER_TYPE, Incident.EXTERNAL_TASK_HANDLER_TYPE)) {
            figures.add(new Figure("incidents_open", type, "", runtime.createIncidentQuery().incidentType(type).count()));
        }
        Date overdueBefore = Date.from(now.minus(settings.overdueTimerGrace()));
        figures.add(Figure.of("timers_overdue", management.createJobQuery().timers().active().withRetriesLeft()
                .duedateLowerThan(overdueBefore).count()));
        figures.add(Figure.of("jobs_due", management.createJobQuery().executable().active().count()));
        figures.add(Figure.of("jobs_without_retries", management.createJobQuery().noRetriesLeft().count()));
        transaction.executeWithoutResult(status -> {
            mapper.deleteAll();
            mapper.insertAll(figures, now);
        });
        show(figures, now);
    }

    /** This node's gauges from the stored figures. */
    void refresh() {
        show(mapper.findAll(), mapper.lastComputed());
    }

    private void show(List<Figure> figures, Instant at) {
        Map<String, List<MultiGauge.Row<?>>> rows = new TreeMap<>();
        gauges.keySet().forEach(name -> rows.put(name, new ArrayList<>()));
        Map<String, Long> values = new TreeMap<>();
        for (Figure f : figures) {
            switch (f.name()) {
                case "tasks_open" -> rows.get("coopflow.tasks.open")
                        .add(MultiGauge.Row.of(Tags.of("agency", f.tag1(), "step", f.tag2()), f.figure()));
                case "tasks_overdue" -> rows.get("coopflow.tasks.overdue")
                        .add(MultiGauge.Row.of(Tags.of("agency", f.tag1()), f.figure()));
                case "requests" -> rows.get("coopflow.requests")
                        .add(MultiGauge.Row.of(Tags.of("status", f.tag1()), f.figure()));
                case "incidents_open" -> rows.get("camunda.incidents.open")
                        .add(MultiGauge.Row.of(Tags.of("type", f.tag1()), f.figure()));
                default -> values.put(f.name(), f.figure());
            }
        }
        rows.forEach((name, r) -> gauges.get(name).register(r, true));
        single = values;
        computedAt = at;
    }

    double value(String name) {
        Long v = single.get(name);
        return v == null ? Double.NaN : v;
    }

    private double ageSeconds() {
        Instant at = computedAt;
        return at == null ? Double.NaN : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }

    private void safely(Runnable task, String what) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Operations figures: could not {}: {}", what, e.toString());
        }
    }

    @Override
    public void start() {
        ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
        s.setPoolSize(1);
        s.setThreadNamePrefix("ops-figures-");
        s.initialize();
        scheduler = s;
        Instant first = clock.instant().plusSeconds(5);
        s.scheduleWithFixedDelay(() -> safely(this::computeIfDue, "compute them"), first, settings.figuresInterval());
        s.scheduleWithFixedDelay(() -> safely(this::refresh, "read them"), first.plusSeconds(1),
                settings.refreshInterval());
    }

    @Override
    public void stop() {
        ThreadPoolTaskScheduler s = scheduler;
        scheduler = null;
        if (s != null) {
            s.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
