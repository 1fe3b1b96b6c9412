package org.coopflow.identity;

import org.springframework.security.core.AuthenticationException;

/** HTTP Basic cannot carry a second factor: accounts that need one sign in through the web pages. */
public class SecondFactorRequiredException extends AuthenticationException {

    public SecondFactorRequiredException() {
        super("Second factor required");
    }
}
