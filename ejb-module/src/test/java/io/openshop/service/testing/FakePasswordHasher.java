package io.openshop.service.testing;

import io.openshop.service.identity.PasswordHasher;

/**
 * A hasher without PBKDF2's deliberate cost (a fifth of a second a hash here), so identity's
 * rules can be tested by the hundred; it still never stores the password as typed.
 */
public final class FakePasswordHasher extends PasswordHasher {

    public int decoyVerifications;

    @Override
    public String hash(String password) {
        return "fake$" + new StringBuilder(password).reverse();
    }

    @Override
    public boolean verify(String password, String stored) {
        return hash(password).equals(stored);
    }

    @Override
    public void spendVerificationTime(String password) {
        decoyVerifications++;
    }
}
