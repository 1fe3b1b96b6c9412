package org.coopflow.identity;

import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** The accounts could not be read (database unreachable): a 503, never "wrong password". */
public class SignInUnavailableException extends InternalAuthenticationServiceException {

    public SignInUnavailableException(Throwable cause) {
        super("Accounts unavailable", cause);
    }
}
