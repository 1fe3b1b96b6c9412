package org.coopflow.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user as Spring Security holds it (serializable: sessions live in the shared database). */
public final class CoopFlowPrincipal implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final String email;
    private final String locale;
    private final String timeZone;
    private final boolean mustChangePassword;

    public CoopFlowPrincipal(CurrentUser user, String passwordHash, boolean enabled, String email, String locale,
                             String timeZone) {
        this(user, passwordHash, enabled, email, locale, timeZone, false);
    }

    public CoopFlowPrincipal(CurrentUser user, String passwordHash, boolean enabled, String email, String locale,
                             String timeZone, boolean mustChangePassword) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.email = email;
        this.locale = locale;
        this.timeZone = timeZone;
        this.mustChangePassword = mustChangePassword;
    }

    /** Signed in with a temporary password: nothing but changing it until it is changed. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same user, the password changed (the session's copy of the account). */
    public CoopFlowPrincipal withPasswordChanged(String newHash) {
        return new CoopFlowPrincipal(user, newHash, enabled, email, locale, timeZone, false);
    }

    public CurrentUser user() {
        return user;
    }

    public String email() {
        return email;
    }

    public String locale() {
        return locale;
    }

    public String timeZone() {
        return timeZone;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
