package org.coopflow.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt with a short memory of successful checks. The public API is stateless HTTP Basic, so every call
 * checks the password, and a BCrypt check costs about 70 ms of CPU by design — more than everything else a
 * task list or an audit timeline does, and a fixed tax on every submission. This encoder remembers for a few
 * minutes that a presented password matched a stored hash:
 * <ul>
 * <li>the memory holds HMAC-SHA-256 digests of (stored hash, password) under a random key made at start-up,
 * never a password;</li>
 * <li>only successful checks are remembered: a wrong password costs a full BCrypt check every time, so
 * guessing is exactly as slow as before;</li>
 * <li>a changed password is a new stored hash and misses; a disabled account is refused before the password is
 * checked at all;</li>
 * <li>entries expire after {@code ttl} (0 turns the memory off) and there are at most {@code maxEntries}.</li>
 * </ul>
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    private final SecretKeySpec key;
    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    RememberingPasswordEncoder(PasswordEncoder delegate, Duration ttl, int maxEntries) {
        this(delegate, ttl, maxEntries, System::nanoTime);
    }

    RememberingPasswordEncoder(PasswordEncoder delegate, Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (ttlNanos <= 0 || rawPassword == null || encodedPassword == null || encodedPassword.isEmpty()) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String digest = digest(encodedPassword, rawPassword);
        long now = nanoTime.getAsLong();
        Long until = verifiedUntil.get(digest);
        if (until != null && now - until < 0) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            remember(digest, now);
        } else if (until != null) {
            verifiedUntil.remove(digest);
        }
        return matches;
    }

    /**
     * Whether this password was verified against this hash within the last {@code ttl}, without checking it again: such
     * an attempt is no guess, so sign-in throttling need not count it.
     */
    boolean remembered(CharSequence rawPassword, String encodedPassword) {
        if (ttlNanos <= 0 || rawPassword == null || encodedPassword == null || encodedPassword.isEmpty()) {
            return false;
        }
        Long until = verifiedUntil.get(digest(encodedPassword, rawPassword));
        return until != null && nanoTime.getAsLong() - until < 0;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    int size() {
        return verifiedUntil.size();
    }

    private void remember(String digest, long now) {
        if (verifiedUntil.size() >= maxEntries) {
            verifiedUntil.values().removeIf(until -> now - until >= 0);
            if (verifiedUntil.size() >= maxEntries) {
                verifiedUntil.clear();
            }
        }
        verifiedUntil.put(digest, now + ttlNanos);
    }

    /** The stored hash never contains NUL, so (hash, NUL, password) is unambiguous. */
    private String digest(String encodedPassword, CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(
                    mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
