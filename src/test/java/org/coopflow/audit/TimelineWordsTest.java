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
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The timeline never shows a raw code: every kind of audit event has its sentence, and every step of bpmn/*.bpmn its
 * name ({@code task.<key>}), in the English bundles (MessageBundlesTest then makes sure every language has them).
 */
class TimelineWordsTest {

    @Test
    void everyEventTypeHasASentence() throws IOException {
        Properties audit = bundle("i18n/audit.properties");
        List<String> missing = new ArrayList<>();
        for (AuditEventType type : AuditEventType.values()) {
            String key = "audit.line." + type.name();
            boolean worded = audit.containsKey(key) || audit.stringPropertyNames().stream()
                    .anyMatch(k -> k.startsWith(key + "."));
            if (type != AuditEventType.LEGACY && !worded) {
                missing.add(key);
            }
        }
        assertThat(missing).as("event types without a sentence").isEmpty();
    }

    @Test
    void everyStepHasAName() throws IOException {
        Properties tasks = bundle("i18n/tasks.properties");
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                BpmnModelInstance bpmn = Bpmn.readModelFromStream(in);
                for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
                    String key = "task." + task.getId();
                    checked.add(key);
                    if (!tasks.containsKey(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(checked).as("steps found in bpmn/").contains("task.screenRequest", "task.defineFollowUpActions");
        assertThat(missing).as("steps without a name").isEmpty();
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
