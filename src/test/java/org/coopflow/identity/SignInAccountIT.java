package org.coopflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coopflow.support.SecurityIntegrationTest;
import org.coopflow.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-statement read of sign-in ({@link IdentityMapper#findAccount}) on MariaDB tells exactly what the four reads
 * before it told — the account and its groups (findUser, findGroupsOfUser, reserved groups left out), the lock
 * ({@link LoginThrottle#lockedUntil}) and the second factor ({@link SecondFactors#required}) — for each kind of account.
 * In this context LEGAL needs a second factor. Rolled back.
 */
@Transactional
class SignInAccountIT extends SecurityIntegrationTest {

    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    IdentityMapper mapper;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    /** What sign-in decides from: the principal's fields, the lock in force and whether a second factor is needed. */
    record Facts(CurrentUser user, String passwordHash, boolean enabled, String email, String locale, String timeZone,
                 boolean mustChangePassword, Instant lockedUntil, boolean secondFactorRequired) {
    }

    @Test
    void aPartner() {
        String user = TestAccounts.create(jdbc, passwords, "facts-partner", "KH-MOI", TestAccounts.group(jdbc, "PARTNER"));

        Facts facts = sameAsBefore(user);

        assertThat(facts.user().organisationCode()).isEqualTo("KH-MOI");
        assertThat(facts.user().roles()).containsExactly(Role.PARTNER);
        assertThat(facts.user().groups()).containsExactly("tests:partner");
        assertThat(passwords.matches(TestAccounts.PASSWORD, facts.passwordHash())).isTrue();
        assertThat(facts.enabled()).isTrue();
        assertThat(facts.email()).isEqualTo(user + "@example.org");
        assertThat(facts.locale()).isEqualTo("en");
        assertThat(facts.timeZone()).isEqualTo("Asia/Seoul");
        assertThat(facts.mustChangePassword()).isFalse();
        assertThat(facts.lockedUntil()).isNull();
        assertThat(facts.secondFactorRequired()).isFalse();
    }

    @Test
    void aDemoPartnerAndADemoOfficial() {
        assertThat(sameAsBefore("partner-kh").user().groups()).containsExactly("partner:KH-MOI");
        assertThat(sameAsBefore("coord-komsco").user().roles()).containsExactly(Role.COORDINATOR);
    }

    @Test
    void anOfficialWithSeveralGroups() {
        String user = TestAccounts.create(jdbc, passwords, "facts-official", "MOIS", TestAccounts.group(jdbc, "INTAKE"),
                TestAccounts.group(jdbc, "COORDINATOR"), TestAccounts.group(jdbc, "EXPERT"));

        Facts facts = sameAsBefore(user);

        assertThat(facts.user().roles()).containsExactlyInAnyOrder(Role.INTAKE, Role.COORDINATOR, Role.EXPERT);
        assertThat(facts.user().groups()).containsExactlyInAnyOrder("tests:intake", "tests:coordinator", "tests:expert");
        assertThat(users.signInAccount(user).groups()).extracting(GroupMembership::groupId)
                .containsExactly("tests:coordinator", "tests:expert", "tests:intake");
    }

    @Test
    void anAccountWithoutGroups() {
        String user = TestAccounts.create(jdbc, passwords, "facts-nogroup", "MOIS");

        Facts facts = sameAsBefore(user);

        assertThat(facts.user().roles()).isEmpty();
        assertThat(users.signInAccount(user).groups()).isEmpty();
    }

    @Test
    void aLockedAccount() {
        String user = TestAccounts.create(jdbc, passwords, "facts-locked", "KH-MOI", TestAccounts.group(jdbc, "PARTNER"));
        // whole seconds: the test connection sends no fractional seconds (TestDatabase)
        Instant until = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("INSERT INTO login_throttle (throttle_key, failures, last_attempt_at, locked_until) "
                + "VALUES (?, 5, ?, ?)", LoginThrottle.accountKey(user), Timestamp.from(Instant.now()),
                Timestamp.from(until));

        assertThat(sameAsBefore(user).lockedUntil()).isEqualTo(until);
    }

    @Test
    void aLockThatHasRunOut() {
        String user = TestAccounts.create(jdbc, passwords, "facts-unlocked", "KH-MOI", TestAccounts.group(jdbc, "PARTNER"));
        Instant until = Instant.now().minus(Duration.ofMinutes(1));
        jdbc.update("INSERT INTO login_throttle (throttle_key, failures, last_attempt_at, locked_until) "
                + "VALUES (?, 0, ?, ?)", LoginThrottle.accountKey(user), Timestamp.from(until), Timestamp.from(until));

        assertThat(users.signInAccount(user).lockedUntil()).isNotNull();
        assertThat(sameAsBefore(user).lockedUntil()).isNull();
    }

    @Test
    void anAccountWithAConfirmedSecondFactor() {
        String user = TestAccounts.create(jdbc, passwords, "facts-totp", "KH-MOI", TestAccounts.group(jdbc, "PARTNER"));
        jdbc.update("INSERT INTO user_totp (username, secret, confirmed_at, last_step) VALUES (?, 'x', ?, 1)", user,
                Timestamp.from(Instant.now()));

        assertThat(sameAsBefore(user).secondFactorRequired()).isTrue();
    }

    @Test
    void anAccountWithAPendingEnrolment() {
        String user = TestAccounts.create(jdbc, passwords, "facts-pending", "KH-MOI", TestAccounts.group(jdbc, "PARTNER"));
        jdbc.update("INSERT INTO user_totp (username, secret, last_step) VALUES (?, 'x', 0)", user);

        assertThat(sameAsBefore(user).secondFactorRequired()).isFalse();
    }

    @Test
    void aRoleThatNeedsASecondFactor() {
        String user = TestAccounts.create(jdbc, passwords, "facts-legal", "MOLEG", TestAccounts.group(jdbc, "LEGAL"));

        assertThat(sameAsBefore(user).secondFactorRequired()).isTrue();
    }

    @Test
    void aUserWithAReservedGroup() {
        jdbc.update("INSERT IGNORE INTO app_group (id, role, organisation_code, name) VALUES (?, 'ADMIN', NULL, ?)",
                ReservedGroups.CAMUNDA_ADMIN, "Reserved (test)");
        String user = TestAccounts.create(jdbc, passwords, "facts-reserved", "MOIS", TestAccounts.group(jdbc, "INTAKE"),
                ReservedGroups.CAMUNDA_ADMIN);

        Facts facts = sameAsBefore(user);

        assertThat(users.signInAccount(user).groups()).extracting(GroupMembership::groupId)
                .contains(ReservedGroups.CAMUNDA_ADMIN);
        assertThat(facts.user().groups()).containsExactly("tests:intake");
        assertThat(facts.user().roles()).containsExactly(Role.INTAKE);
    }

    @Test
    void aDisabledAccountThatMustChangeItsPassword() {
        String user = TestAccounts.create(jdbc, passwords, "facts-disabled", "KH-MOI", TestAccounts.group(jdbc, "PARTNER"));
        jdbc.update("UPDATE app_user SET enabled = FALSE, must_change_password = TRUE WHERE username = ?", user);

        Facts facts = sameAsBefore(user);

        assertThat(facts.enabled()).isFalse();
        assertThat(facts.mustChangePassword()).isTrue();
    }

    @Test
    void anUnknownName() {
        String user = "facts-nobody-" + System.nanoTime();

        assertThat(mapper.findUser(user)).isNull();
        assertThat(users.signInAccount(user)).isNull();
        assertThat(users.currentUserOf(user)).isNull();
        assertThatThrownBy(() -> users.loadUserByUsername(user)).isInstanceOf(UsernameNotFoundException.class);
    }

    /** The facts of the one statement, checked equal to those of the reads it replaces; loadUserByUsername's too. */
    private Facts sameAsBefore(String username) {
        Facts before = before(username);
        SignInAccount account = users.signInAccount(username);
        CoopFlowPrincipal principal = users.principalOf(account);
        Facts after = facts(principal, throttle.stillLocked(account.lockedUntil()),
                secondFactors.required(principal.user(), account.secondFactorEnrolled()));

        assertThat(after).isEqualTo(before);
        assertThat(facts(users.loadUserByUsername(username), before.lockedUntil(), before.secondFactorRequired()))
                .isEqualTo(before);
        assertThat(users.currentUserOf(username)).isEqualTo(before.user());
        return after;
    }

    /** As sign-in read them before: findUser, findGroupsOfUser, LoginThrottle.lockedUntil, SecondFactors.required. */
    private Facts before(String username) {
        UserAccount account = mapper.findUser(username);
        List<GroupMembership> memberships = mapper.findGroupsOfUser(username).stream()
                .filter(membership -> !ReservedGroups.isReserved(membership.groupId())).toList();
        Set<Role> roles = memberships.stream().map(GroupMembership::role).collect(Collectors.toUnmodifiableSet());
        Set<String> groups = memberships.stream().map(GroupMembership::groupId).collect(Collectors.toUnmodifiableSet());
        CurrentUser user = new CurrentUser(account.username(), account.displayName(), account.organisationCode(), roles,
                groups);
        return new Facts(user, account.passwordHash(), account.enabled(), account.email(), account.locale(),
                account.timeZone(), account.mustChangePassword(), throttle.lockedUntil(username),
                secondFactors.required(user));
    }

    private static Facts facts(CoopFlowPrincipal principal, Instant lockedUntil, boolean secondFactorRequired) {
        return new Facts(principal.user(), principal.getPassword(), principal.isEnabled(), principal.email(),
                principal.locale(), principal.timeZone(), principal.mustChangePassword(), lockedUntil,
                secondFactorRequired);
    }
}
