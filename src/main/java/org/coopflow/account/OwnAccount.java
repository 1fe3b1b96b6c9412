package org.coopflow.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.LoginAudit;
import org.coopflow.identity.LoginThrottle;
import org.coopflow.identity.Sessions;
import org.coopflow.shared.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Users change their own password: the current one first (counted like a sign-in, so a session left open is no way to
 * guess it), the new one by the policy and typed twice. Their other sessions end; the change is audited.
 */
@Service
public class OwnAccount {

    private final AccountMapper mapper;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final LoginAudit audit;
    private final Sessions sessions;
    private final Clock clock;

    OwnAccount(AccountMapper mapper, PasswordPolicy policy, PasswordEncoder passwords, LoginThrottle throttle,
               LoginAudit audit, Sessions sessions, Clock clock) {
        this.mapper = mapper;
        this.policy = policy;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Changes the password; returns the new hash (the session's copy of the account is updated with it). */
    public String changePassword(CurrentUser user, String current, String password, String repeated, String address,
                                 String sessionId) {
        Map<String, String> errors = new LinkedHashMap<>();
        LoginThrottle.Verdict verdict = throttle.attempt(user.username(), address);
        if (!verdict.allowed()) {
            throw new InvalidInputException("currentPassword", "password.tooManyAttempts");
        }
        String hash = mapper.passwordHash(user.username());
        if (current == null || hash == null || !passwords.matches(current, hash)) {
            audit.record(user.username(), LoginAudit.Event.FAILURE, address, null);
            errors.put("currentPassword", "password.currentWrong");
            throw new InvalidInputException(errors);
        }
        throttle.succeeded(user.username(), address);
        String problem = policy.problem(password, user.username());
        if (problem != null) {
            errors.put("newPassword", problem);
        } else if (!password.equals(repeated)) {
            errors.put("repeatPassword", "password.mismatch");
        } else if (passwords.matches(password, hash)) {
            errors.put("newPassword", "password.unchanged");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String newHash = passwords.encode(password);
        mapper.setPassword(user.username(), newHash, false, clock.instant());
        audit.record(user.username(), LoginAudit.Event.PASSWORD_CHANGE, address, null);
        sessions.endAll(user.username(), sessionId);
        return newHash;
    }
}
