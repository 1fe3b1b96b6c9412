package org.coopflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every step of bpmn/*.bpmn that the audit timeline shows has a title key, so no reader meets an English
 * model name (MessageBundlesTest then makes sure each key exists in every language).
 */
class StepTitlesTest {

    @Test
    void everyStepTheTimelineShowsHasATitleKey() throws IOException {
        Properties tasks = bundle("i18n/tasks.properties");
        Properties requests = bundle("i18n/requests.properties");
        List<String> missing = new ArrayList<>();
        List<String> checked = new ArrayList<>();

        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                BpmnModelInstance bpmn = Bpmn.readModelFromStream(in);
                for (FlowNode node : bpmn.getModelElementsByType(FlowNode.class)) {
                    String key = titleKey(node);
                    if (key != null) {
                        checked.add(key);
                        if (!(key.startsWith("task.") ? tasks : requests).containsKey(key)) {
                            missing.add(key);
                        }
                    }
                }
            }
        }

        assertThat(checked).as("steps found in bpmn/").contains("task.screenRequest",
                "timeline.step.cooperationRequest.screening", "timeline.step.consultation.consultationDateReached");
        assertThat(missing).as("steps without a title key").isEmpty();
    }

    /** The key StepTitles looks up for a node the timeline shows; null for nodes it does not show. */
    private static String titleKey(FlowNode node) {
        if (node instanceof UserTask) {
            return "task." + node.getId();
        }
        boolean shown = node instanceof ServiceTask || node instanceof BusinessRuleTask || node instanceof CallActivity
                || node instanceof BoundaryEvent || node instanceof IntermediateCatchEvent || node instanceof EndEvent
                || node instanceof StartEvent start && !start.getEventDefinitions().isEmpty();
        return shown ? "timeline.step." + processOf(node).getId() + "." + node.getId() : null;
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (!(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    private static Properties bundle(String path) throws IOException {
        try (InputStream in = StepTitlesTest.class.getClassLoader().getResourceAsStream(path)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
