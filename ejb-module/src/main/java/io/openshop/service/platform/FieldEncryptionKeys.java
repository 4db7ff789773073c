package io.openshop.service.platform;

import io.openshop.domain.shared.FieldCipher;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the keys for personal data at rest from MicroProfile Config at startup and hands them to
 * {@link FieldCipher}, where the JPA converter (made by the persistence provider, not by CDI)
 * finds them. {@code shop.crypto.keys} is {@code id:base64key,...} and reaches the JVM only
 * through the Payara password alias {@code shop-crypto-keys}; {@code shop.crypto.current-key}
 * names the key new values are encrypted with (default: the last in the list).
 * Without keys the shop still starts, but every read or write of personal data fails with a
 * clear error instead of storing plaintext.
 */
@Startup
@Singleton
public class FieldEncryptionKeys {

    private static final Logger LOG = Logger.getLogger(FieldEncryptionKeys.class.getName());

    @Inject
    @ConfigProperty(name = "shop.crypto.keys")
    Optional<String> keys;

    @Inject
    @ConfigProperty(name = "shop.crypto.current-key")
    Optional<String> currentKey;

    @PostConstruct
    void load() {
        String list = keys.orElse("");
        if (list.isBlank() || list.startsWith("${")) {
            LOG.severe("shop.crypto.keys is " + (list.isBlank() ? "not set" : "an unresolved reference (check the password alias shop-crypto-keys)")
                    + ": personal data can be neither stored nor read");
            return;
        }
        try {
            FieldCipher cipher = FieldCipher.of(list, currentKey.orElse(null));
            FieldCipher.install(cipher);
            LOG.info("Personal data at rest: AES-GCM, current key '" + cipher.currentKeyId() + "'");
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage() + ": personal data can be neither stored nor read");
        }
    }
}
