package org.coopflow.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.coopflow.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Passwords for accounts created or changed (ASVS 5 level 2): at least 12 characters, at most 72 bytes (all that
 * BCrypt reads), not one of the 30,000 most used passwords (zxcvbn's list, also with digits and symbols stripped from
 * its ends), and not containing the user name.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final String COMMON = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password that breaks the policy, naming the field and the rule. */
    public void check(String field, String password, String username) {
        String code = problem(password, username);
        if (code != null) {
            throw new InvalidInputException(field, code);
        }
    }

    String problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "password.tooShort";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "password.tooLong";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (common.contains(lower) || common.contains(core) || lower.chars().distinct().count() < 4) {
            return "password.common";
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "password.containsUsername";
        }
        return null;
    }

    /** A temporary password an administrator hands over: 16 random letters and digits (95 bits). */
    public String temporary() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list is missing from the classpath: " + COMMON);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
