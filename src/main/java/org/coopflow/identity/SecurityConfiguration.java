package org.coopflow.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Four doors, the same users: the actuator (health for all, metrics for admins, HTTP Basic), the public API with HTTP
 * Basic (stateless), Camunda's engine REST API for managers and admins (reads, and job retries for admins:
 * {@link EngineSurface}), and the web UI with form login, a second factor where required and a forced change of a
 * temporary password. Every password check is throttled and audited ({@link SignInAuthenticationProvider}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInSettings.class)
class SecurityConfiguration {

    /** Spring Security's authentication events (sign-in metrics listen): our own managers publish them too. */
    private final AuthenticationEventPublisher authenticationEvents;

    SecurityConfiguration(AuthenticationEventPublisher authenticationEvents) {
        this.authenticationEvents = authenticationEvents;
    }

    /** Pages: scripts and styles only from CoopFlow itself (no inline script), never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Answers of the APIs are data, never a document. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()";

    /**
     * BCrypt, remembering successful checks for a few minutes (HMAC digests, never passwords): the API is
     * stateless HTTP Basic, and without this every call paid a full BCrypt check (~70 ms of CPU).
     */
    @Bean
    RememberingPasswordEncoder passwordEncoder(
            @Value("${coopflow.security.remember-verified-passwords:PT5M}") Duration remember) {
        return new RememberingPasswordEncoder(new BCryptPasswordEncoder(), remember, 10_000);
    }

    /**
     * Actuator: health open to load balancers (details for ADMIN), metrics over HTTP Basic for Prometheus' scrape
     * credential or an ADMIN without a second factor (a second factor cannot travel with HTTP Basic); every password
     * check throttled and audited like any sign-in.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, CoopFlowUserDetailsService users,
                                         RememberingPasswordEncoder passwords, LoginThrottle throttle,
                                         LoginAudit audit, SecondFactors secondFactors,
                                         @Value("${coopflow.monitoring.scrape-password:}") String scrapePassword)
            throws Exception {
        ProviderManager manager = new ProviderManager(new ScrapeCredential(scrapePassword),
                new SignInAuthenticationProvider(users, passwords, throttle, audit, secondFactors, true));
        manager.setEraseCredentialsAfterAuthentication(true);
        manager.setAuthenticationEventPublisher(authenticationEvents);
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .anyRequest().hasAnyAuthority(Role.ADMIN.authority(), ScrapeCredential.AUTHORITY))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    HttpSessionSecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SignInAnswers signInAnswers(MessageSource messages, LocaleResolver locales, Clock clock) {
        return new SignInAnswers(messages, locales, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SignInAnswers answers, CoopFlowUserDetailsService users,
                                    RememberingPasswordEncoder passwords, LoginThrottle throttle, LoginAudit audit,
                                    SecondFactors secondFactors) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager(users, passwords, throttle, audit, secondFactors, true))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(answers.problems()))
                .exceptionHandling(e -> e.authenticationEntryPoint(answers.problems())
                        .accessDeniedHandler(answers.denied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                // Basic credentials on every call, no cookies: CSRF does not apply.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRestSecurity(HttpSecurity http, SignInAnswers answers, CoopFlowUserDetailsService users,
                                           RememberingPasswordEncoder passwords, LoginThrottle throttle,
                                           LoginAudit audit, SecondFactors secondFactors) throws Exception {
        http.securityMatcher(path("/engine-rest/**"))
                .authenticationManager(manager(users, passwords, throttle, audit, secondFactors, true))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EngineSurface.READS).hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                        .requestMatchers(EngineSurface.OPERATIONS_WORK).hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(answers.problems()))
                .exceptionHandling(e -> e.authenticationEntryPoint(answers.problems())
                        .accessDeniedHandler(answers.denied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webSecurity(HttpSecurity http, SignInAnswers answers, CoopFlowUserDetailsService users,
                                    RememberingPasswordEncoder passwords, LoginThrottle throttle, LoginAudit audit,
                                    SecondFactors secondFactors, HttpSessionSecurityContextRepository contexts)
            throws Exception {
        RequestMatcher camunda = request -> EngineSurface.path(request).startsWith("/camunda/")
                || EngineSurface.path(request).startsWith("/camunda-welcome/");
        http.authenticationManager(manager(users, passwords, throttle, audit, secondFactors, false))
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // the language switch works before signing in too
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/account/language").permitAll()
                        .requestMatchers("/login/second-factor", "/login/second-factor/**")
                                .hasAuthority(SecondFactorPending.AUTHORITY)
                        // Camunda's webapps: read for managers and admins, job retries for admins, nothing else
                        // (EngineSurface); the engine's authorizations check the same again.
                        .requestMatchers(EngineSurface.CLOSED).denyAll()
                        .requestMatchers(camunda).access(SecurityConfiguration::camundaWebapps)
                        // the account pages (their services check the role again; other /admin pages check it themselves)
                        .requestMatchers("/admin/accounts", "/admin/accounts/**", "/admin/sign-ins",
                                "/admin/account-changes").access(signedInWith(Role.ADMIN))
                        // the reference data pages (org.coopflow.reference; its services check the role again)
                        .requestMatchers("/admin/reference", "/admin/partners", "/admin/partners/**",
                                "/admin/agencies", "/admin/agencies/**", "/admin/experts", "/admin/experts/**",
                                "/admin/lists/**", "/admin/reference-changes").access(signedInWith(Role.ADMIN))
                        .anyRequest().access(signedInWith()))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler((request, response, authentication) ->
                                signedIn(request, response, authentication, secondFactors, contexts))
                        .failureHandler(answers.page()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof CoopFlowPrincipal p) {
                                audit.record(p.getUsername(), LoginAudit.Event.LOGOUT, request.getRemoteAddr(), null);
                            }
                        })
                        .deleteCookies("SESSION").permitAll())
                // A session that timed out (30 minutes idle) says so on the sign-in page.
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                .addFilterAfter(new TemporaryPasswordFilter(), AuthorizationFilter.class)
                // Camunda's webapps carry their own CSRF protection.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/api/**"))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        // Camunda's webapps send their own policy (with the nonces their pages need).
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(camunda),
                                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds())));
        return http.build();
    }

    private AuthenticationManager manager(CoopFlowUserDetailsService users, RememberingPasswordEncoder passwords,
                                                 LoginThrottle throttle, LoginAudit audit, SecondFactors secondFactors,
                                                 boolean basic) {
        ProviderManager manager = new ProviderManager(
                new SignInAuthenticationProvider(users, passwords, throttle, audit, secondFactors, basic));
        manager.setEraseCredentialsAfterAuthentication(true);
        manager.setAuthenticationEventPublisher(authenticationEvents);
        return manager;
    }

    /** The password was right: on to the second factor where one is needed, else where the user was going. */
    private static void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
                                 SecondFactors secondFactors, HttpSessionSecurityContextRepository contexts)
            throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof CoopFlowPrincipal principal
                && secondFactors.required(principal.user())) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new SecondFactorPending(principal, authentication.getDetails()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            response.sendRedirect(request.getContextPath() + "/login/second-factor");
            return;
        }
        SavedRequestAwareAuthenticationSuccessHandler continueTo = new SavedRequestAwareAuthenticationSuccessHandler();
        continueTo.setDefaultTargetUrl("/");
        continueTo.onAuthenticationSuccess(request, response, authentication);
    }

    /** Fully signed in (password and, where needed, the second factor), with one of these roles if any are named. */
    private static AuthorizationManager<RequestAuthorizationContext> signedInWith(Role... roles) {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() != null && authentication.get().isAuthenticated()
                        && authentication.get().getPrincipal() instanceof CoopFlowPrincipal
                        && !(authentication.get() instanceof SecondFactorPending)
                        && (roles.length == 0 || hasAnyRole(authentication.get(), roles)));
    }

    private static AuthorizationDecision camundaWebapps(java.util.function.Supplier<Authentication> authentication,
                                                        RequestAuthorizationContext context) {
        Authentication who = authentication.get();
        if (who instanceof SecondFactorPending) {
            return new AuthorizationDecision(false);
        }
        if (EngineSurface.READS.matches(context.getRequest())) {
            return new AuthorizationDecision(hasAnyRole(who, Role.MANAGER, Role.ADMIN));
        }
        return new AuthorizationDecision(EngineSurface.OPERATIONS_WORK.matches(context.getRequest())
                && hasAnyRole(who, Role.ADMIN));
    }

    private static boolean hasAnyRole(Authentication authentication, Role... roles) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        for (Role role : roles) {
            if (authentication.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Signed in with a temporary password (set by an administrator or the bootstrap): every page leads to the change
     * of password until it is changed; signing out still works.
     */
    static final class TemporaryPasswordFilter extends OncePerRequestFilter {

        static final String CHANGE_PASSWORD = "/account/password";

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            String path = EngineSurface.path(request);
            if (authentication != null && !(authentication instanceof SecondFactorPending)
                    && authentication.getPrincipal() instanceof CoopFlowPrincipal principal
                    && principal.mustChangePassword() && !path.equals(CHANGE_PASSWORD) && !path.equals("/logout")
                    && !path.equals("/login")
                    && !path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/webjars/")
                    && !path.equals("/error")) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
                return;
            }
            chain.doFilter(request, response);
        }
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

}
