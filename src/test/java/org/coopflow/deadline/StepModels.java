package org.coopflow.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Test-only: every user task and every timer on one, across the models under bpmn/. */
final class StepModels {

    /** A boundary timer on a user task, with its expression (timeDate, timeDuration or timeCycle). */
    record StepTimer(String id, String task, boolean interrupting, String expression) {
    }

    /**
     * Steps dated by their MOU rather than by a service level: an obligation's fulfilment is due when the MOU says, and
     * its reminder and overdue report are the obligationOccurrence model's own.
     */
    static final Set<String> DATED_BY_THEIR_MOU = Set.of("fulfilObligation");

    private StepModels() {
    }

    static List<UserTask> userTasks() {
        List<UserTask> tasks = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            model.getModelElementsByType(UserTask.class).stream()
                    .filter(task -> !DATED_BY_THEIR_MOU.contains(task.getId())).forEach(tasks::add);
        }
        return tasks;
    }

    static List<StepTimer> timersOnSteps() {
        List<StepTimer> timers = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
                if (!(boundary.getAttachedTo() instanceof UserTask task) || DATED_BY_THEIR_MOU.contains(task.getId())) {
                    continue;
                }
                for (TimerEventDefinition timer : boundary.getChildElementsByType(TimerEventDefinition.class)) {
                    String expression = timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
                            : timer.getTimeDuration() != null ? timer.getTimeDuration().getTextContent()
                            : timer.getTimeCycle().getTextContent();
                    timers.add(new StepTimer(boundary.getId(), task.getId(), boundary.cancelActivity(),
                            timer.getTimeDate() != null ? "date:" + expression.strip() : "other:" + expression.strip()));
                }
            }
        }
        return timers;
    }

    private static List<BpmnModelInstance> models() {
        List<BpmnModelInstance> models = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    models.add(Bpmn.readModelFromStream(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("No models under bpmn/ on the classpath");
        }
        return models;
    }
}
