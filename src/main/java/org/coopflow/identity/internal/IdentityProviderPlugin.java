package org.coopflow.identity.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.coopflow.identity.IdentityMapper;
import org.springframework.stereotype.Component;

/** Plugs {@link CoopFlowIdentityProvider} into the engine (picked up by the Spring Boot starter). */
@Component
class IdentityProviderPlugin extends AbstractProcessEnginePlugin {

    private final IdentityMapper identity;
    IdentityProviderPlugin(IdentityMapper identity) {
        this.identity = identity;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new CoopFlowIdentityProvider(identity);
            }
        });
    }
}
