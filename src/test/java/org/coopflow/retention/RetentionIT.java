package org.coopflow.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.system.ClusterLocks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The engine's history time-to-live comes from coopflow.retention, not from the models; a changed setting reaches the
 * definitions deployed before it; the administrators' page shows the settings and the cleanup's last runs.
 */
class RetentionIT extends MariaDbIntegrationTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    RetentionSettings settings;

    @Autowired
    HistoryTimeToLiveSync sync;

    @Autowired
    ClusterLocks locks;

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Test
    void everyDeployedProcessAndDecisionKeepsItsHistoryForTheConfiguredDays() {
        assertThat(settings.engineHistoryDays()).isEqualTo(180);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("cooperationRequest").latestVersion()
                .singleResult().getHistoryTimeToLive()).isEqualTo(180);
        assertThat(repository.createProcessDefinitionQuery().list()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(180));
        assertThat(repository.createDecisionDefinitionQuery().list()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(180));
    }

    @Test
    void modelsWithoutATimeToLiveDeployAndTheirOwnTimeToLiveIsReplacedByTheConfiguredOne() {
        String without = "retentionWithout" + UUID.randomUUID().toString().substring(0, 8);
        String with = "retentionWith" + UUID.randomUUID().toString().substring(0, 8);
        Deployment deployment = repository.createDeployment().name("retention test")
                .addModelInstance(without + ".bpmn", Bpmn.createExecutableProcess(without).startEvent().endEvent().done())
                .addModelInstance(with + ".bpmn", Bpmn.createExecutableProcess(with).camundaHistoryTimeToLive(5)
                        .startEvent().endEvent().done())
                .deploy();
        try {
            assertThat(definition(without).getHistoryTimeToLive()).isEqualTo(180);
            assertThat(definition(with).getHistoryTimeToLive()).isEqualTo(180);
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aChangedSettingReachesTheDefinitionsDeployedBeforeIt() {
        RetentionSettings changed = new RetentionSettings(Duration.ofDays(180), Map.of("routing",
                Duration.ofDays(30), "cooperationRequest", Duration.ofDays(365)), "forever", settings.cleanup());
        try {
            assertThat(new HistoryTimeToLiveSync(repository, changed, locks).apply()).isPositive();

            assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("routing").list())
                    .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(30));
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("cooperationRequest").list())
                    .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(365));
            assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("serviceLevels").list())
                    .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(180));
        } finally {
            sync.apply();
        }
        assertThat(sync.apply()).isZero();
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("routing").list())
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(180));
    }

    @Test
    void administratorsSeeTheSettingsAndTheLastCleanupRun() throws Exception {
        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());

        String page = mvc.perform(get("/admin/retention").with(new Pages(users).as("admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        // the admin account reads English
        assertThat(page).contains("id=\"engine-history\">180 days<", "id=\"audit\">Kept forever<",
                "id=\"cleanup-window\">01:00 to 05:00<", "id=\"batch-size\">500<",
                "id=\"definition-cooperationRequest\"", "id=\"definition-routing\"", "id=\"runs\"", "Completed",
                "id=\"next-run\"");
    }

    @Test
    void onlyAdministratorsSeeTheRetentionPage() throws Exception {
        Pages pages = new Pages(users);
        for (String user : List.of("manager", "intake", "partner-kh", "legal")) {
            mvc.perform(get("/admin/retention").with(pages.as(user))).andExpect(status().isForbidden());
        }
    }

    private ProcessDefinition definition(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).singleResult();
    }
}
