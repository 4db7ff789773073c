package io.openshop.domain.identity;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (ASVS 2.1): at least 12 characters, at most 128 (hashing cost
 * stays bounded), not one of the commonly used passwords bundled in
 * {@code identity/common-passwords.txt}, and not the account's own email address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "/io/openshop/domain/identity/common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PasswordPolicy STANDARD = new PasswordPolicy(load());
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** How many passwords the bundled list refuses. */
    public int commonPasswordCount() {
        return common.size();
    }

    /** Refuses a password that breaks the policy, saying which rule it breaks. */
    public void check(String password, EmailAddress email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password", "must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new InvalidInputException("password", "must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new InvalidInputException("password", "is one of the most commonly used passwords; choose another");
        }
        if (email != null && lower.contains(email.value())) {
            throw new InvalidInputException("password", "must not contain your email address");
        }
    }
}
