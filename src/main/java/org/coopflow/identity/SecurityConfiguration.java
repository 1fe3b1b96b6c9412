package org.coopflow.identity;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Four doors, the same users: the actuator (health for all, metrics for admins), the public API with HTTP Basic
 * (stateless), Camunda's engine REST API for managers and admins only (no deployments through it), and the web UI
 * with form login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * BCrypt, remembering successful checks for a few minutes (HMAC digests, never passwords): the API is
     * stateless HTTP Basic, and without this every call paid a full BCrypt check (~70 ms of CPU).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${coopflow.security.remember-verified-passwords:PT5M}") Duration remember) {
        return new RememberingPasswordEncoder(new BCryptPasswordEncoder(), remember, 10_000);
    }

    /** Actuator: health open to load balancers (details for ADMIN), metrics for ADMIN with HTTP Basic (Prometheus). */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, MessageSource messages, LocaleResolver locales) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED, messages, locales)))
                .exceptionHandling(e -> e.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED, messages, locales))
                        .accessDeniedHandler(denied(messages, locales)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Basic credentials on every call, no cookies: CSRF does not apply.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRestSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path(HttpMethod.POST, "/engine-rest/deployment/**"),
                                path(HttpMethod.POST, "/engine-rest/engine/*/deployment/**")).denyAll()
                        .requestMatchers(path(HttpMethod.DELETE, "/engine-rest/deployment/**"),
                                path(HttpMethod.DELETE, "/engine-rest/engine/*/deployment/**")).denyAll()
                        .anyRequest().hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name()))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // Cockpit shows deployments; models still change only through a release of bpmn/
                        .requestMatchers(path(HttpMethod.POST, "/camunda/api/engine/engine/*/deployment/**"),
                                path(HttpMethod.DELETE, "/camunda/api/engine/engine/*/deployment/**")).denyAll()
                        .requestMatchers(path("/camunda/**"), path("/camunda-welcome/**"))
                                .hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION").permitAll())
                // A session that timed out (30 minutes idle) says so on the sign-in page.
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                // Camunda's webapps carry their own CSRF protection.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/api/**"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /**
     * A pattern on the whole path within the application. Plain string patterns are Spring MVC patterns,
     * relative to the servlet's path: they never match requests served by the engine REST API's own Jersey
     * servlet (/engine-rest/*), which then slipped past this chain into the web chain's catch-all.
     */
    @SuppressWarnings("deprecation")
    private static RequestMatcher path(String pattern) {
        return AntPathRequestMatcher.antMatcher(pattern);
    }

    @SuppressWarnings("deprecation")
    private static RequestMatcher path(HttpMethod method, String pattern) {
        return AntPathRequestMatcher.antMatcher(method, pattern);
    }

    private static AuthenticationEntryPoint problem(HttpStatus status, MessageSource messages, LocaleResolver locales) {
        return (request, response, exception) -> {
            Locale locale = locales.resolveLocale(request);
            if (status == HttpStatus.UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"CoopFlow\"");
            }
            writeProblem(response, status, messages.getMessage("error.unauthorized", null, locale));
        };
    }

    private static AccessDeniedHandler denied(MessageSource messages, LocaleResolver locales) {
        return (request, response, exception) -> writeProblem(response, HttpStatus.FORBIDDEN,
                messages.getMessage("error.forbidden", null, locales.resolveLocale(request)));
    }

    private static void writeProblem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
                                     String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + escaped + "\"}");
    }
}
