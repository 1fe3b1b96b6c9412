package org.coopflow.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Service;

/**
 * The second factor (TOTP): who must use one ({@code coopflow.security.mfa-required-roles}, and anyone who enrolled),
 * enrolment with an otpauth URI, and checking a code — each code once (the last used time step is kept in the shared
 * database and only moves forward, so a code seen on one node is refused on every node). Secrets are stored encrypted
 * (AES-GCM) under {@code coopflow.security.secret-key}.
 */
@Service
public class SecondFactors {

    private final TotpMapper mapper;
    private final SignInSettings settings;
    private final Clock clock;
    private final TextEncryptor encryptor;
    private final String issuer;

    SecondFactors(TotpMapper mapper, SignInSettings settings, Clock clock,
                  @Value("${coopflow.security.secret-key}") String secretKey,
                  @Value("${coopflow.security.totp-issuer:CoopFlow}") String issuer) {
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
        // The salt only separates this use of the key from others; the key itself is the secret.
        this.encryptor = Encryptors.delux(secretKey, "c00bf10e5ec0de01");
        this.issuer = issuer;
    }

    /** Whether this user signs in with a second factor: a role that requires one, or enrolled of their own accord. */
    public boolean required(CurrentUser user) {
        return requiredByRole(user) || enrolled(user.username());
    }

    /** The same rule, with the enrolment already read along with the account ({@link SignInAccount}). */
    boolean required(CurrentUser user, boolean enrolled) {
        return requiredByRole(user) || enrolled;
    }

    private boolean requiredByRole(CurrentUser user) {
        return user.roles().stream().anyMatch(settings.mfaRequiredRoles()::contains);
    }

    public boolean enrolled(String username) {
        TotpMapper.Enrolment enrolment = mapper.find(username);
        return enrolment != null && enrolment.confirmedAt() != null;
    }

    /** The otpauth URI of the pending enrolment, made now unless one is pending (a confirmed one is never replaced). */
    public String pendingEnrolmentUri(String username) {
        TotpMapper.Enrolment enrolment = mapper.find(username);
        if (enrolment != null && enrolment.confirmedAt() != null) {
            throw new org.coopflow.shared.NotFoundException("error.notFound");
        }
        String secret;
        if (enrolment == null) {
            secret = Totp.newSecret();
            mapper.insert(username, encryptor.encrypt(secret));
        } else {
            secret = encryptor.decrypt(enrolment.secret());
        }
        String label = URLEncoder.encode(issuer + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    /** Confirms the pending enrolment with a first code from the app; false if the code is not right. */
    public boolean confirm(String username, String code) {
        TotpMapper.Enrolment enrolment = mapper.find(username);
        if (enrolment == null || enrolment.confirmedAt() != null) {
            return false;
        }
        long step = Totp.matchingStep(encryptor.decrypt(enrolment.secret()), code, clock.instant().getEpochSecond());
        return step >= 0 && mapper.confirm(username, step, clock.instant()) == 1;
    }

    /** Checks a code of a confirmed enrolment, once: a code already used (here or on another node) is refused. */
    public boolean verify(String username, String code) {
        TotpMapper.Enrolment enrolment = mapper.find(username);
        if (enrolment == null || enrolment.confirmedAt() == null) {
            return false;
        }
        long step = Totp.matchingStep(encryptor.decrypt(enrolment.secret()), code, clock.instant().getEpochSecond());
        return step >= 0 && mapper.useStep(username, step) == 1;
    }

    /** An administrator's reset (a lost phone): the user enrols again at the next sign-in. */
    public void reset(String username) {
        mapper.delete(username);
    }
}
