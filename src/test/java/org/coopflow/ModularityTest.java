package org.coopflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The package graph stays a graph of modules (Spring Modulith): every top-level package of org.coopflow is one, no
 * cycle between them, none reaches into another's internal packages. The request core depends on no stage; the
 * stages on the core; the listeners (audit, notification, dashboard, inbox) and the pages that assemble a whole
 * request (workspace) on the stages.
 */
class ModularityTest {

    private static final Set<String> STAGES = Set.of("screening", "assignment", "consultation", "mou", "followup");

    private final ApplicationModules modules = ApplicationModules.of(CoopFlowApplication.class);

    @Test
    void modulesHaveNoCyclesAndNoReachIntoInternals() {
        modules.verify();
    }

    @Test
    void theRequestCoreDependsOnNoStageNorOnTheirListeners() {
        assertThat(dependenciesOf("request")).doesNotContainAnyElementsOf(STAGES)
                .doesNotContain("tasklist", "audit", "notification", "dashboard", "workspace", "attachment", "inbox");
    }

    @Test
    void noStageDependsOnAnotherStageOrOnTheListeners() {
        for (String stage : STAGES) {
            assertThat(dependenciesOf(stage)).as(stage).doesNotContain("audit", "notification", "dashboard",
                    "workspace", "tasklist", "inbox").doesNotContainAnyElementsOf(STAGES);
        }
    }

    private Set<String> dependenciesOf(String moduleName) {
        ApplicationModule module = modules.getModuleByName(moduleName).orElseThrow();
        return module.getDependencies(modules).stream().map(ApplicationModuleDependency::getTargetModule)
                .map(ApplicationModule::getName).collect(Collectors.toSet());
    }
}
