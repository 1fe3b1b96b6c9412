package org.coopflow.web;

import org.coopflow.identity.UserPreferences;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

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
     * Links are written as the templates say them. Spring Boot's URL-rewriting filter (there because the web jars are
     * resolved without versions) looked every link of a page up as a static resource in each classpath location
     * before writing it, and only found ones are remembered: a task or request link is never found, so the task list's
     * 50 rows cost hundreds of classpath lookups per page, half of its rendering. Web jar URLs stay without versions and
     * are resolved when the browser asks for them. (A registration of that filter, switched off, is how Boot is told not
     * to register its own.)
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> linksWrittenAsTheyAre() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
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
