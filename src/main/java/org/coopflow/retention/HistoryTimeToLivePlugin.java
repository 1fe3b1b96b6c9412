package org.coopflow.retention;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * The history time-to-live and the cleanup's window and batch size come from configuration ({@link RetentionSettings}),
 * not from the models: the engine's
 * default for models without {@code camunda:historyTimeToLive}, and a parse listener that sets the configured value
 * on every process and decision as it is deployed, whether or not its model carries one.
 * ({@link HistoryTimeToLiveSync} brings definitions deployed earlier in line.)
 */
@Component
class HistoryTimeToLivePlugin extends AbstractProcessEnginePlugin {

    private final RetentionSettings settings;

    HistoryTimeToLivePlugin(RetentionSettings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryTimeToLive(Integer.toString(settings.engineHistoryDays()));
        configuration.setHistoryCleanupBatchWindowStartTime(settings.cleanup().windowStart());
        configuration.setHistoryCleanupBatchWindowEndTime(settings.cleanup().windowEnd());
        configuration.setHistoryCleanupBatchSize(settings.cleanup().batchSize());
        configuration.setHistoryCleanupDegreeOfParallelism(settings.cleanup().parallelism());
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.setHistoryTimeToLive(settings.historyDays(processDefinition.getKey()));
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getDmnEngineConfiguration().getTransformer().getTransformListeners()
                .add(new DecisionTimeToLive());
    }

    private final class DecisionTimeToLive implements DmnTransformListener {

        @Override
        public void transformDecision(Decision decision, DmnDecision dmnDecision) {
            if (dmnDecision instanceof DecisionDefinitionEntity definition) {
                definition.setHistoryTimeToLive(settings.historyDays(definition.getKey()));
            }
        }

        @Override
        public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {
        }

        @Override
        public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {
        }

        @Override
        public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {
        }

        @Override
        public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
        }
    }
}
