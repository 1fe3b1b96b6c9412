package org.coopflow.web;

import org.coopflow.identity.UserPreferences;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Named so, it replaces Spring's Accept-Language-only resolver. */
    @Bean
    LocaleResolver localeResolver(UserPreferences preferences) {
        return new UserLocaleResolver(preferences);
    }

    /** Before Spring Session's filter, which reads the session from the database. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<OutageFilter> outageFilter(
            org.springframework.context.MessageSource messages) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new OutageFilter(messages));
        registration.setOrder(Integer.MIN_VALUE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * {@code ?lang=ko} on any page switches the language of this visit (a link may carry it); the account keeps only a
     * language chosen with the switch's POST.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
    }
}
