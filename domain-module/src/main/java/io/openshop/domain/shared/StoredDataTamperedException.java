package io.openshop.domain.shared;

/**
 * An encrypted value in the database did not authenticate: it was changed outside the shop, or
 * its key is missing. A fault of the system, not of the caller — never answered with wrong data.
 */
public class StoredDataTamperedException extends IllegalStateException {

    public StoredDataTamperedException(String message) {
        super("Encrypted personal data cannot be read: " + message);
    }
}
