package org.coopflow.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An account as sign-in needs it, read in one statement ({@link IdentityMapper#findAccount}): the app_user row, its
 * groups (reserved ones included — {@link CoopFlowUserDetailsService} leaves them out), the end of its lock as stored
 * (ended or not: {@link LoginThrottle#stillLocked} judges) and whether it has a confirmed second factor. Never kept
 * beyond the request that read it: a lock or a disabled account takes effect at once on every node. Public only because
 * the mapper (public) returns it.
 */
public final class SignInAccount {

    private final UserAccount account;
    private final Instant lockedUntil;
    private final boolean secondFactorEnrolled;
    /** Filled by the result map's collection, one group per joined row (a final field MyBatis appends to). */
    private final List<GroupMembership> groups = new ArrayList<>();

    SignInAccount(UserAccount account, Instant lockedUntil, boolean secondFactorEnrolled) {
        this.account = account;
        this.lockedUntil = lockedUntil;
        this.secondFactorEnrolled = secondFactorEnrolled;
    }

    public UserAccount account() {
        return account;
    }

    public List<GroupMembership> groups() {
        return Collections.unmodifiableList(groups);
    }

    /** login_throttle's locked_until of 'account:&lt;username&gt;', possibly past; null if never locked. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** A confirmed user_totp row (an enrolment still pending does not count, as in {@link SecondFactors#enrolled}). */
    public boolean secondFactorEnrolled() {
        return secondFactorEnrolled;
    }
}
