package org.coopflow.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Test-only: fires a request's due timers, as the job executor would when their time comes. */
@Component
public class ProcessDriver {

    private final RuntimeService runtime;
    private final ManagementService management;

    ProcessDriver(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** The request's running instance of this process (the main one or a call activity's), or null. */
    public ProcessInstance instance(String reference, String processKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(processKey).singleResult();
    }

    /** Executes the timer jobs of this activity in the request's process instances; returns how many ran. */
    public int fireTimer(String reference, String activityId) {
        int fired = 0;
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
            List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
            for (Job job : jobs) {
                management.executeJob(job.getId());
                fired++;
            }
        }
        return fired;
    }
}
