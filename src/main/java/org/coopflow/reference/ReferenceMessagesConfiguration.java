package org.coopflow.reference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Puts {@link ReferenceMessageSource} in front of the message bundles Spring Boot configures from
 * {@code spring.messages.*}: the bundles stay exactly as configured, and answer whatever the database does not name.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceMessagesConfiguration {

    @Bean
    static BeanPostProcessor referenceNamesInFrontOfBundles(ObjectProvider<ReferenceNames> names) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
                        && bean instanceof MessageSource bundles && !(bean instanceof ReferenceMessageSource)) {
                    return new ReferenceMessageSource(bundles, names);
                }
                return bean;
            }
        };
    }
}
