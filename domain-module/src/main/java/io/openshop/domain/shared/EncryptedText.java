package io.openshop.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a personal-data column encrypted with {@link FieldCipher} (AES-GCM). The converter is
 * created by the persistence provider, not by CDI, so it takes the cipher installed at startup
 * ({@code FieldEncryptionKeys} in the EJB module) from a static holder.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : FieldCipher.installed().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return dbData == null ? null : FieldCipher.installed().decrypt(dbData);
    }
}
