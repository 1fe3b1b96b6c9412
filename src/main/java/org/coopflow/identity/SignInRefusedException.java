package org.coopflow.identity;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: the account is locked, or this attempt comes too soon; nothing was checked. */
public class SignInRefusedException extends AuthenticationException {

    private final boolean locked;
    private final transient Instant until;

    public SignInRefusedException(boolean locked, Instant until) {
        super(locked ? "Account locked" : "Too many attempts");
        this.locked = locked;
        this.until = until;
    }

    public boolean locked() {
        return locked;
    }

    public Instant until() {
        return until;
    }
}
