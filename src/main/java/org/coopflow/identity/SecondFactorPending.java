package org.coopflow.identity;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The password was right, the second factor is still to come: this session may open the second-factor page and
 * nothing else (no role, so no page, API or webapp lets it in).
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String AUTHORITY = "ROLE_SECOND_FACTOR_PENDING";

    private final CoopFlowPrincipal principal;

    SecondFactorPending(CoopFlowPrincipal principal, Object details) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.principal = principal;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public CoopFlowPrincipal getPrincipal() {
        return principal;
    }
}
