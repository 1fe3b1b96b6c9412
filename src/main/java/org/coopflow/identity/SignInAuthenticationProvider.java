package org.coopflow.identity;

import java.time.Instant;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in for the form and for HTTP Basic, throttled ({@link LoginThrottle}) and audited ({@link LoginAudit}).
 * A wrong password and an unknown name are indistinguishable: the same answer, the same BCrypt check (against a dummy
 * hash), the same counting. A password this node verified a few minutes ago ({@link RememberingPasswordEncoder}) is no
 * guess and is not counted again (API clients send it on every call), but a locked account is refused all the same.
 * HTTP Basic refuses accounts that need a second factor or must first change a temporary password.
 */
class SignInAuthenticationProvider implements AuthenticationProvider {

    private final CoopFlowUserDetailsService users;
    private final RememberingPasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final LoginAudit audit;
    private final SecondFactors secondFactors;
    private final boolean basic;
    private final String dummyHash;

    SignInAuthenticationProvider(CoopFlowUserDetailsService users, RememberingPasswordEncoder passwords,
                                 LoginThrottle throttle, LoginAudit audit, SecondFactors secondFactors, boolean basic) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.secondFactors = secondFactors;
        this.basic = basic;
        this.dummyHash = passwords.encode("no such user " + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName() == null ? "" : attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        try {
            return authenticate(username, password, address, attempt.getDetails());
        } catch (DataAccessException unreachable) {
            throw new SignInUnavailableException(unreachable);
        }
    }

    private Authentication authenticate(String username, String password, String address, Object details) {
        // One statement: the account, its groups, its lock and its second factor (the remembered path reads no more).
        SignInAccount account = find(username);
        CoopFlowPrincipal principal = account == null ? null : users.principalOf(account);
        if (principal != null && passwords.remembered(password, principal.getPassword())) {
            Instant lockedUntil = throttle.stillLocked(account.lockedUntil());
            if (lockedUntil != null) {
                throw new SignInRefusedException(true, lockedUntil);
            }
            return accepted(principal, account.secondFactorEnrolled(), address, details, false);
        }
        LoginThrottle.Verdict verdict = throttle.attempt(username, address);
        if (!verdict.allowed()) {
            audit.record(username, verdict.locked() ? LoginAudit.Event.REFUSED_LOCKED : LoginAudit.Event.REFUSED_WAIT,
                    address, null);
            throw new SignInRefusedException(verdict.locked(), verdict.until());
        }
        boolean matches = principal != null ? passwords.matches(password, principal.getPassword())
                : passwords.matches(password, dummyHash) && false;
        if (!matches) {
            audit.record(username, LoginAudit.Event.FAILURE, address, null);
            if (verdict.locksNow()) {
                audit.record(username, LoginAudit.Event.LOCKOUT, address, null);
            }
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(username, address);
        return accepted(principal, account.secondFactorEnrolled(), address, details, true);
    }

    private Authentication accepted(CoopFlowPrincipal principal, boolean secondFactorEnrolled, String address,
                                    Object details, boolean checked) {
        String username = principal.getUsername();
        if (!principal.isEnabled()) {
            audit.record(username, LoginAudit.Event.DISABLED_REFUSED, address, null);
            throw new DisabledException("Account disabled");
        }
        if (basic && principal.mustChangePassword()) {
            throw new CredentialsExpiredException("Temporary password");
        }
        if (basic && secondFactors.required(principal.user(), secondFactorEnrolled)) {
            throw new SecondFactorRequiredException();
        }
        if (checked || !basic) {
            audit.record(username, LoginAudit.Event.SUCCESS, address, null);
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        token.setDetails(details);
        return token;
    }

    private SignInAccount find(String username) {
        if (username.isEmpty() || username.length() > 64) {
            return null;
        }
        return users.signInAccount(username);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
