package org.coopflow.identity.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.SecondFactorPending;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cockpit and Admin trust the CoopFlow sign-in: the user Spring Security authenticated (a manager or an
 * admin, see SecurityConfiguration) is the Camunda webapp's user, with CoopFlow's groups. Camunda's own
 * login would reset the session and sign the user out of CoopFlow.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof SecondFactorPending
                || !(authentication.getPrincipal() instanceof CoopFlowPrincipal principal)) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(principal.getUsername());
        result.setGroups(principal.user().groupList());
        return result;
    }
}
