package io.openshop.domain.shared;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * AES-GCM for personal data at rest: a random 96-bit IV per value and a 128-bit tag, stored as
 * {@code v1:<key-id>:<base64(iv|ciphertext+tag)>}. Values are encrypted with the current key and
 * decrypted with whichever key they name, so keys rotate by adding a new one and making it
 * current. The key id is bound to the ciphertext as associated data, so a value cannot be
 * relabelled to another key. Text without the {@code v1:} prefix is legacy plaintext from before
 * encryption and reads as it is.
 */
public final class FieldCipher {

    public static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile FieldCipher installed;

    private final Map<String, SecretKeySpec> keys;
    private final String currentKeyId;

    private FieldCipher(Map<String, SecretKeySpec> keys, String currentKeyId) {
        this.keys = Collections.unmodifiableMap(keys);
        this.currentKeyId = currentKeyId;
    }

    /**
     * Parses {@code id:base64key,id:base64key,...} (keys of 16, 24 or 32 bytes, standard or
     * URL-safe Base64). The current key is the one named, or the last in the list when none is.
     */
    public static FieldCipher of(String keyList, String currentKeyId) {
        if (keyList == null || keyList.isBlank()) {
            throw new IllegalArgumentException("No field encryption keys configured (shop.crypto.keys)");
        }
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        String last = null;
        for (String entry : keyList.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int colon = e.indexOf(':');
            String id = colon < 0 ? "" : e.substring(0, colon);
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("A field encryption key needs an id of letters, digits, '-' or '_' before ':'");
            }
            byte[] key = decodeKey(id, e.substring(colon + 1).strip());
            if (keys.put(id, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalArgumentException("Field encryption key id '" + id + "' appears twice");
            }
            last = id;
        }
        if (last == null) {
            throw new IllegalArgumentException("No field encryption keys configured (shop.crypto.keys)");
        }
        String current = currentKeyId == null || currentKeyId.isBlank() ? last : currentKeyId.strip();
        if (!keys.containsKey(current)) {
            throw new IllegalArgumentException("The current field encryption key '" + current + "' is not among shop.crypto.keys");
        }
        return new FieldCipher(keys, current);
    }

    private static byte[] decodeKey(String id, String text) {
        byte[] key;
        try {
            key = text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Field encryption key '" + id + "' is not Base64");
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("Field encryption key '" + id + "' must be 16, 24 or 32 bytes, not " + key.length);
        }
        return key;
    }

    /** Makes this the cipher the JPA converter uses (set once at startup from configuration). */
    public static void install(FieldCipher cipher) {
        installed = cipher;
    }

    /** The cipher installed at startup; a clear error when the application started without keys. */
    public static FieldCipher installed() {
        FieldCipher c = installed;
        if (c == null) {
            throw new IllegalStateException("Field encryption keys are not loaded: set shop.crypto.keys (see docs/security.md)");
        }
        return c;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** Whether a stored value is ciphertext under the current key (otherwise it is worth re-encrypting). */
    public boolean isCurrent(String stored) {
        return stored != null && stored.startsWith(PREFIX + currentKeyId + ":");
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(currentKeyId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The plaintext of a stored value. Legacy plaintext (no {@code v1:} prefix) is returned as it
     * is; ciphertext that does not authenticate, or names an unknown key, is a
     * {@link StoredDataTamperedException} — never wrong data.
     */
    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new StoredDataTamperedException("an encrypted value has no key id");
        }
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new StoredDataTamperedException("an encrypted value names key '" + keyId + "', which is not configured");
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new StoredDataTamperedException("an encrypted value is not Base64");
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            throw new StoredDataTamperedException("an encrypted value is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(aad(keyId));
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new StoredDataTamperedException("an encrypted value failed authentication (changed, or encrypted with another key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] aad(String keyId) {
        return (PREFIX + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
