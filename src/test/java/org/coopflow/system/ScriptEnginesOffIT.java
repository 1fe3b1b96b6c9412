package org.coopflow.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScriptEnginesOffIT extends MariaDbIntegrationTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Test
    void aScriptInAModelFindsNoScriptEngine() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("scriptProbe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .scriptTask().scriptFormat("javascript").scriptText("1 + 1")
                .endEvent()
                .done();
        Deployment deployment = repository.createDeployment().addModelInstance("scriptProbe.bpmn", model).deploy();
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("scriptProbe"))
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("scripting engine");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }
}
