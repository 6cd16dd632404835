package io.backbeat.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be. Length beats composition rules (NIST SP 800-63B): at least 10 characters, none of
 * the passwords everyone tries first, not the e-mail address or its name part; at most 72 bytes because bcrypt ignores the rest.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = Set.of("1234567890", "0123456789", "password12", "password123",
            "qwertyuiop", "1q2w3e4r5t", "iloveyou12", "abcdefghij", "passw0rd12", "letmein123", "backbeat12",
            "football12", "welcome123", "aaaaaaaaaa", "1111111111", "0000000000", "qwerty1234");

    private PasswordRules() {
    }

    static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new WeakPasswordException("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new WeakPasswordException("A password can be at most " + MAX_BYTES + " bytes long.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.codePoints().distinct().count() < 4) {
            throw new WeakPasswordException("This password is among the first ones attackers try; choose another.");
        }
        if (email != null && (lower.equals(email.toLowerCase(Locale.ROOT))
                || lower.equals(email.toLowerCase(Locale.ROOT).split("@")[0]))) {
            throw new WeakPasswordException("A password must not be your e-mail address.");
        }
    }
}
