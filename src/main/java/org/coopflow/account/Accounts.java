package org.coopflow.account;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.LoginAudit;
import org.coopflow.identity.LoginThrottle;
import org.coopflow.identity.ReservedGroups;
import org.coopflow.identity.Role;
import org.coopflow.identity.SecondFactors;
import org.coopflow.identity.Sessions;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.shared.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Account administration (ADMIN only): create, change details, roles and groups, disable and enable, unlock, reset the
 * password (to a temporary one the user must change at the next sign-in) or the second factor. Every change is written
 * to the account audit with the account before and after (never a password or its hash), in the same transaction.
 * Rules: a group of an organisation only for an account of that organisation (a partner never joins another partner's
 * group); the admin group alone (administrators make no business decisions); the last enabled administrator stays one;
 * nobody disables themselves.
 */
@Service
public class Accounts {

    /** What an administrator sees of an account. */
    public record AccountView(String username, String displayName, String email, String organisationCode,
                              String locale, String timeZone, boolean enabled, boolean mustChangePassword,
                              List<String> groups, Instant lockedUntil, boolean secondFactor) {
    }

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> LOCALES = Set.of("en", "ko", "es", "fr");
    private static final String ADMIN_GROUP = "admin";

    private final AccountMapper mapper;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final LoginAudit loginAudit;
    private final SecondFactors secondFactors;
    private final Sessions sessions;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    Accounts(AccountMapper mapper, PasswordPolicy policy, PasswordEncoder passwords, LoginThrottle throttle,
             LoginAudit loginAudit, SecondFactors secondFactors, Sessions sessions, ObjectMapper json, Clock clock,
             PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.policy = policy;
        this.passwords = passwords;
        this.throttle = throttle;
        this.loginAudit = loginAudit;
        this.secondFactors = secondFactors;
        this.sessions = sessions;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    public Page<AccountView> find(CurrentUser admin, String search, String groupId, int page, int size) {
        requireAdmin(admin);
        String like = search == null || search.isBlank() ? null
                : "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        String group = groupId == null || groupId.isBlank() ? null : groupId;
        List<AccountView> rows = mapper.find(like, group, (long) page * size, size).stream().map(this::view).toList();
        return new Page<>(rows, page, size, mapper.count(like, group));
    }

    public AccountView account(CurrentUser admin, String username) {
        requireAdmin(admin);
        return view(existing(username));
    }

    public List<AccountMapper.GroupOption> groups() {
        return mapper.groups().stream().filter(g -> !ReservedGroups.isReserved(g.id())).toList();
    }

    public List<AccountMapper.OrganisationOption> organisations() {
        return mapper.organisations();
    }

    /** Creates the account with a temporary password, returned once for the administrator to hand over. */
    public String create(CurrentUser admin, AccountForm form, String address) {
        requireAdmin(admin);
        String username = form.getUsername() == null ? "" : form.getUsername().strip().toLowerCase(Locale.ROOT);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "account.error.username");
        }
        List<String> groups = validate(form, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String temporary = policy.temporary();
        try {
            transaction.executeWithoutResult(status -> {
                mapper.insert(username, form.getDisplayName().strip(), form.getEmail().strip(), passwords.encode(temporary),
                        form.getOrganisationCode(), locale(form), zone(form), clock.instant());
                groups.forEach(group -> mapper.insertMembership(username, group));
                record(admin, username, "CREATED", null, address);
            });
        } catch (DuplicateKeyException taken) {
            throw new InvalidInputException("username", "account.error.usernameTaken");
        }
        return temporary;
    }

    public void update(CurrentUser admin, String username, AccountForm form, String address) {
        requireAdmin(admin);
        AccountMapper.AccountRow before = existing(username);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> groups = validate(form, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (mapper.membershipsOf(username).contains(ADMIN_GROUP) && !groups.contains(ADMIN_GROUP)) {
            requireAnotherAdmin(admin, username);
        }
        String snapshot = snapshot(before);
        transaction.executeWithoutResult(status -> {
            mapper.updateDetails(username, form.getDisplayName().strip(), form.getEmail().strip(),
                    form.getOrganisationCode(), locale(form), zone(form));
            mapper.deleteMemberships(username);
            groups.forEach(group -> mapper.insertMembership(username, group));
            record(admin, username, "UPDATED", snapshot, address);
            if (!Objects.equals(before.organisationCode(), form.getOrganisationCode())) {
                events.publishEvent(new AccountOrganisationChanged(username));
            }
        });
        // New roles take effect at the next sign-in: the account's sessions end now.
        sessions.endAll(username, null);
    }

    public void setEnabled(CurrentUser admin, String username, boolean enabled, String address) {
        requireAdmin(admin);
        AccountMapper.AccountRow before = existing(username);
        if (!enabled && admin.username().equals(username)) {
            throw new ConflictException("account.error.disableSelf");
        }
        if (!enabled && mapper.membershipsOf(username).contains(ADMIN_GROUP)) {
            requireAnotherAdmin(admin, username);
        }
        String snapshot = snapshot(before);
        transaction.executeWithoutResult(status -> {
            mapper.setEnabled(username, enabled);
            record(admin, username, enabled ? "ENABLED" : "DISABLED", snapshot, address);
        });
        if (!enabled) {
            sessions.endAll(username, null);
        }
    }

    public void unlock(CurrentUser admin, String username, String address) {
        requireAdmin(admin);
        String snapshot = snapshot(existing(username));
        throttle.unlock(username);
        transaction.executeWithoutResult(status -> record(admin, username, "UNLOCKED", snapshot, address));
        loginAudit.record(username, LoginAudit.Event.UNLOCK, address, admin.username());
    }

    /** A new temporary password (returned once), to be changed at the next sign-in; the account's sessions end. */
    public String resetPassword(CurrentUser admin, String username, String address) {
        requireAdmin(admin);
        AccountMapper.AccountRow before = existing(username);
        String temporary = policy.temporary();
        String snapshot = snapshot(before);
        transaction.executeWithoutResult(status -> {
            mapper.setPassword(username, passwords.encode(temporary), true, clock.instant());
            record(admin, username, "PASSWORD_RESET", snapshot, address);
        });
        sessions.endAll(username, null);
        loginAudit.record(username, LoginAudit.Event.PASSWORD_RESET, address, admin.username());
        return temporary;
    }

    public void resetSecondFactor(CurrentUser admin, String username, String address) {
        requireAdmin(admin);
        AccountMapper.AccountRow before = existing(username);
        String snapshot = snapshot(before);
        transaction.executeWithoutResult(status -> {
            secondFactors.reset(username);
            record(admin, username, "SECOND_FACTOR_RESET", snapshot, address);
        });
        sessions.endAll(username, null);
        loginAudit.record(username, LoginAudit.Event.MFA_RESET, address, admin.username());
    }

    public Page<AccountChange> changes(CurrentUser admin, String username, int page, int size) {
        requireAdmin(admin);
        String who = username == null || username.isBlank() ? null : username;
        return new Page<>(mapper.findChanges(who, (long) page * size, size), page, size, mapper.countChanges(who));
    }

    private List<String> validate(AccountForm form, Map<String, String> errors) {
        if (form.getDisplayName() == null || form.getDisplayName().isBlank() || form.getDisplayName().length() > 200
                || form.getDisplayName().chars().anyMatch(Character::isISOControl)) {
            errors.put("displayName", "account.error.displayName");
        }
        if (form.getEmail() == null || form.getEmail().length() > 254 || !EMAIL.matcher(form.getEmail().strip()).matches()) {
            errors.put("email", "account.error.email");
        }
        String organisation = form.getOrganisationCode();
        if (organisation == null || mapper.organisations().stream().noneMatch(o -> o.code().equals(organisation))) {
            errors.put("organisationCode", "account.error.organisation");
        }
        if (form.getLocale() != null && !form.getLocale().isBlank() && !LOCALES.contains(form.getLocale())) {
            errors.put("locale", "account.error.locale");
        }
        if (form.getTimeZone() != null && !form.getTimeZone().isBlank()) {
            try {
                ZoneId.of(form.getTimeZone());
            } catch (DateTimeException unknown) {
                errors.put("timeZone", "account.error.timeZone");
            }
        }
        Map<String, AccountMapper.GroupOption> known = new LinkedHashMap<>();
        groups().forEach(group -> known.put(group.id(), group));
        Set<String> chosen = new LinkedHashSet<>(form.getGroups());
        if (chosen.isEmpty()) {
            errors.put("groups", "account.error.noGroup");
        }
        for (String group : chosen) {
            AccountMapper.GroupOption option = known.get(group);
            if (option == null) {
                errors.put("groups", "account.error.unknownGroup");
            } else if (option.organisationCode() != null && !option.organisationCode().equals(organisation)) {
                // A group belongs to one organisation: a partner's group never goes to anyone of another organisation.
                errors.put("groups", "account.error.groupOfOtherOrganisation");
            }
        }
        if (chosen.contains(ADMIN_GROUP) && chosen.size() > 1) {
            errors.put("groups", "account.error.adminAlone");
        }
        return List.copyOf(chosen);
    }

    private void requireAnotherAdmin(CurrentUser admin, String username) {
        if (admin.username().equals(username) || mapper.countEnabledWithGroup(ADMIN_GROUP) <= 1) {
            throw new ConflictException("account.error.lastAdmin");
        }
    }

    static void requireAdmin(CurrentUser user) {
        if (user == null || !user.has(Role.ADMIN)) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    private AccountMapper.AccountRow existing(String username) {
        AccountMapper.AccountRow row = username == null ? null : mapper.findOne(username);
        if (row == null) {
            throw new NotFoundException("account.notFound");
        }
        return row;
    }

    private AccountView view(AccountMapper.AccountRow row) {
        return new AccountView(row.username(), row.displayName(), row.email(), row.organisationCode(), row.locale(),
                row.timeZone(), row.enabled(), row.mustChangePassword(), mapper.membershipsOf(row.username()),
                throttle.lockedUntil(row.username()), secondFactors.enrolled(row.username()));
    }

    private void record(CurrentUser admin, String username, String action, String before, String address) {
        AccountMapper.AccountRow after = mapper.findOne(username);
        mapper.insertChange(username, admin.username(), action, before, after == null ? null : snapshot(after),
                address, clock.instant());
    }

    private String snapshot(AccountMapper.AccountRow row) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", row.username());
        state.put("displayName", row.displayName());
        state.put("email", row.email());
        state.put("organisation", row.organisationCode());
        state.put("locale", row.locale());
        state.put("timeZone", row.timeZone());
        state.put("enabled", row.enabled());
        state.put("mustChangePassword", row.mustChangePassword());
        state.put("groups", mapper.membershipsOf(row.username()));
        state.put("secondFactor", secondFactors.enrolled(row.username()));
        Instant locked = throttle.lockedUntil(row.username());
        state.put("locked", locked != null);
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String locale(AccountForm form) {
        return form.getLocale() == null || form.getLocale().isBlank() ? null : form.getLocale();
    }

    private static String zone(AccountForm form) {
        return form.getTimeZone() == null || form.getTimeZone().isBlank() ? null : form.getTimeZone().strip();
    }
}
