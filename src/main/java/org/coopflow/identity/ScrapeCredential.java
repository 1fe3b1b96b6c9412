package org.coopflow.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The credential Prometheus scrapes the metrics with ({@code coopflow.monitoring.scrape-password}, user name
 * {@value #USERNAME}): a machine's secret, not a person's account, so it needs no second factor and opens nothing but
 * the metrics. Unset, no such credential exists.
 */
final class ScrapeCredential implements AuthenticationProvider {

    static final String USERNAME = "coopflow-metrics";
    static final String AUTHORITY = "ROLE_METRICS";
    private static final int MIN_LENGTH = 16;

    private final byte[] digest;

    ScrapeCredential(String password) {
        if (password != null && !password.isEmpty() && password.length() < MIN_LENGTH) {
            throw new IllegalStateException("coopflow.monitoring.scrape-password (COOPFLOW_METRICS_PASSWORD) must be"
                    + " at least " + MIN_LENGTH + " characters");
        }
        this.digest = password == null || password.isEmpty() ? null : sha256(password);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (digest == null || !USERNAME.equals(authentication.getName())) {
            return null; // a person: the sign-in provider decides
        }
        Object given = authentication.getCredentials();
        // compared as digests, in constant time
        if (given == null || !MessageDigest.isEqual(digest, sha256(given.toString()))) {
            throw new BadCredentialsException("Bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(USERNAME, null,
                List.of(new SimpleGrantedAuthority(AUTHORITY)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
