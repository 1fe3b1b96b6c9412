package org.coopflow.account;

import java.time.Clock;

import org.coopflow.identity.LoginAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-time bootstrap of a fresh installation: when no enabled account holds the admin group and
 * {@code COOPFLOW_BOOTSTRAP_ADMIN_PASSWORD} is set, the first administrator is created with that password (checked by
 * the password policy), which must be changed at the first sign-in. With an administrator present the variable is
 * ignored (and a warning says to remove it). There is never a default password. Several nodes starting together:
 * one inserts, the others find the account.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountMapper mapper;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final LoginAudit audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String username;
    private final String password;
    private final String email;
    private final String organisation;

    FirstAdministrator(AccountMapper mapper, PasswordPolicy policy, PasswordEncoder passwords, LoginAudit audit,
                       Clock clock, PlatformTransactionManager transactions,
                       @Value("${coopflow.bootstrap.admin-username:admin}") String username,
                       @Value("${coopflow.bootstrap.admin-password:}") String password,
                       @Value("${coopflow.bootstrap.admin-email:admin@localhost}") String email,
                       @Value("${coopflow.bootstrap.admin-organisation:MOIS}") String organisation) {
        this.mapper = mapper;
        this.policy = policy;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.username = username;
        this.password = password;
        this.email = email;
        this.organisation = organisation;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfNone() {
        boolean noAdministrator = mapper.countEnabledWithGroup("admin") == 0;
        if (password == null || password.isEmpty()) {
            if (noAdministrator) {
                log.warn("No administrator account exists: set COOPFLOW_BOOTSTRAP_ADMIN_PASSWORD (and optionally "
                        + "COOPFLOW_BOOTSTRAP_ADMIN_USERNAME) for one start to create the first one (README, Security).");
            }
            return;
        }
        if (!noAdministrator) {
            log.warn("An administrator exists: COOPFLOW_BOOTSTRAP_ADMIN_PASSWORD is ignored; remove it from the environment.");
            return;
        }
        String problem = policy.problem(password, username);
        if (problem != null || !Accounts.USERNAME.matcher(username).matches()) {
            log.error("The first administrator was not created: COOPFLOW_BOOTSTRAP_ADMIN_PASSWORD breaks the password "
                    + "policy ({}) or the user name '{}' is not valid. At least 12 characters, not a common password, "
                    + "not containing the user name.", problem, username);
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                mapper.insert(username, "Administrator", email, passwords.encode(password), organisation, null, null,
                        clock.instant());
                mapper.insertMembership(username, "admin");
                mapper.insertChange(username, "bootstrap", "CREATED", null,
                        "{\"username\":\"" + username + "\",\"groups\":[\"admin\"],\"mustChangePassword\":true}", null,
                        clock.instant());
            });
            audit.record(username, LoginAudit.Event.PASSWORD_RESET, null, "bootstrap");
            log.warn("Created the first administrator '{}' from COOPFLOW_BOOTSTRAP_ADMIN_PASSWORD: sign in, change the "
                    + "password, then remove the variable from the environment.", username);
        } catch (DuplicateKeyException anotherNodeOrExisting) {
            log.warn("The first administrator '{}' exists already (another node, or an account of that name): nothing "
                    + "created.", username);
        }
    }
}
