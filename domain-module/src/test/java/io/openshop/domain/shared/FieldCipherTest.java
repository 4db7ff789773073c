package io.openshop.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldCipherTest {

    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void aValueRoundTripsAndIsStoredAsVersionedCiphertext() {
        FieldCipher cipher = FieldCipher.of("k1:" + K1, "k1");
        String stored = cipher.encrypt("Invalidenstraße 1");
        assertTrue(stored.startsWith("v1:k1:"), stored);
        assertFalse(stored.contains("Invaliden"), stored);
        // 12-byte IV + ciphertext + 16-byte tag
        int expected = 12 + "Invalidenstraße 1".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16;
        assertEquals(expected, Base64.getDecoder().decode(stored.substring(6)).length);
        assertEquals("Invalidenstraße 1", cipher.decrypt(stored));
        assertEquals("", cipher.decrypt(cipher.encrypt("")));
        assertNull(cipher.decrypt(null));
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        FieldCipher cipher = FieldCipher.of("k1:" + K1, null);
        assertNotEquals(cipher.encrypt("Berlin"), cipher.encrypt("Berlin"));
    }

    @Test
    void aChangedCiphertextIsRefusedNeverReadAsOtherData() {
        FieldCipher cipher = FieldCipher.of("k1:" + K1, "k1");
        String stored = cipher.encrypt("Ada Lovelace");
        byte[] data = Base64.getDecoder().decode(stored.substring(6));
        data[14] ^= 1;
        String tampered = "v1:k1:" + Base64.getEncoder().encodeToString(data);
        StoredDataTamperedException e = assertThrows(StoredDataTamperedException.class, () -> cipher.decrypt(tampered));
        assertTrue(e.getMessage().contains("failed authentication"), e.getMessage());
        assertThrows(StoredDataTamperedException.class, () -> cipher.decrypt("v1:k1:not base64!"));
        assertThrows(StoredDataTamperedException.class, () -> cipher.decrypt("v1:k1:AAAA"));
        assertThrows(StoredDataTamperedException.class, () -> cipher.decrypt("v1:nokey"));
    }

    @Test
    void aValueCannotBeRelabelledToAnotherKey() {
        FieldCipher both = FieldCipher.of("k1:" + K1 + ",k2:" + K2, "k1");
        String stored = both.encrypt("10115");
        assertThrows(StoredDataTamperedException.class, () -> both.decrypt(stored.replace("v1:k1:", "v1:k2:")));
    }

    @Test
    void rotationEncryptsWithTheNewKeyAndStillReadsTheOld() {
        FieldCipher before = FieldCipher.of("k1:" + K1, "k1");
        String old = before.encrypt("Ada Tester");
        FieldCipher after = FieldCipher.of("k1:" + K1 + ",k2:" + K2, null);
        assertEquals("k2", after.currentKeyId(), "the last key is current unless one is named");
        assertEquals("Ada Tester", after.decrypt(old));
        assertFalse(after.isCurrent(old));
        String fresh = after.encrypt(after.decrypt(old));
        assertTrue(fresh.startsWith("v1:k2:"), fresh);
        assertTrue(after.isCurrent(fresh));
        // a key that was removed leaves its values unreadable, clearly
        FieldCipher onlyNew = FieldCipher.of("k2:" + K2, "k2");
        StoredDataTamperedException e = assertThrows(StoredDataTamperedException.class, () -> onlyNew.decrypt(old));
        assertTrue(e.getMessage().contains("'k1'"), e.getMessage());
    }

    @Test
    void legacyPlaintextReadsAsItIs() {
        FieldCipher cipher = FieldCipher.of("k1:" + K1, "k1");
        assertEquals("Invalidenstr. 1", cipher.decrypt("Invalidenstr. 1"));
        assertFalse(cipher.isCurrent("Invalidenstr. 1"));
    }

    @Test
    void badKeyConfigurationIsRefusedAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> FieldCipher.of("", null));
        assertThrows(IllegalArgumentException.class, () -> FieldCipher.of("k1:" + Base64.getEncoder().encodeToString(new byte[7]), null));
        assertThrows(IllegalArgumentException.class, () -> FieldCipher.of("k1:%%%", null));
        assertThrows(IllegalArgumentException.class, () -> FieldCipher.of(K1, null));
        assertThrows(IllegalArgumentException.class, () -> FieldCipher.of("k1:" + K1 + ",k1:" + K2, null));
        assertThrows(IllegalArgumentException.class, () -> FieldCipher.of("k1:" + K1, "k9"));
    }
}
