package org.coopflow.attachment;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class UploadFilterConfiguration {

    /** Just before Spring Security's filters (and after Spring Session's, whose session keeps the flash message). */
    @Bean
    FilterRegistrationBean<OversizedUploadFilter> oversizedUploadFilter(MultipartProperties multipart,
                                                                        AttachmentSettings settings,
                                                                        MessageSource messages, LocaleResolver locales) {
        FilterRegistrationBean<OversizedUploadFilter> registration = new FilterRegistrationBean<>(
                new OversizedUploadFilter(multipart, settings, messages, locales));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
