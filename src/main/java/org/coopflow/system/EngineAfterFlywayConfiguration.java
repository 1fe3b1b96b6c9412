package org.coopflow.system;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine must not start before Flyway has created its tables (schema-update is off), so every
 * process engine bean depends on the Flyway initializer.
 */
@Configuration(proxyBeanMethods = false)
class EngineAfterFlywayConfiguration {

    @Bean
    static BeanFactoryPostProcessor processEngineDependsOnFlyway() {
        return beanFactory -> makeEngineWaitForFlyway(beanFactory);
    }

    private static void makeEngineWaitForFlyway(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition("flywayInitializer")) {
            return;
        }
        for (String name : beanFactory.getBeanNamesForType(ProcessEngine.class, true, false)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            Set<String> dependsOn = new LinkedHashSet<>();
            if (definition.getDependsOn() != null) {
                dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
            }
            dependsOn.add("flywayInitializer");
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }
}
