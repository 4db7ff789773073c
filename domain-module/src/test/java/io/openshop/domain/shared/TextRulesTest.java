package io.openshop.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0001b", "a\u001bb", "a\u007fb", "a\u0085b", "a\u009fb", "a\u2028b", "a\u2029b",
            "a\nb", "a\rb", "a\tb", "a\bb"})
    void aOneLineTextRefusesEveryControlCharacterAndLineBreakNamingTheField(String typed) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> TextRules.required("name", typed, 120));
        assertEquals("name", refused.field());
        assertTrue(refused.getMessage().contains("control characters"), refused.getMessage());
        InvalidInputException worded = assertThrows(InvalidInputException.class, () -> TextRules.name("name", typed, 120));
        assertEquals("name", worded.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0001b", "a\u001bb", "a\u007fb", "a\u0085b", "a\bb", "a\u000bb", "a\u000cb"})
    void aMultiLineTextRefusesControlCharactersOtherThanLineBreaksAndTabs(String typed) {
        assertEquals("body", assertThrows(InvalidInputException.class, () -> TextRules.requiredMultiline("body", typed, 4000)).field());
        assertEquals("description", assertThrows(InvalidInputException.class,
                () -> TextRules.optionalMultiline("description", typed, 4000)).field());
    }

    @Test
    void aMultiLineTextKeepsNewlinesCarriageReturnsAndTabsInside() {
        assertEquals("first line\r\nsecond\tline\nthird", TextRules.requiredMultiline("body", "  first line\r\nsecond\tline\nthird \n", 4000));
        assertEquals("a\u2028b\u2029c", TextRules.requiredMultiline("body", "a\u2028b\u2029c", 4000), "the Unicode line and paragraph separators too");
        assertEquals("", TextRules.optionalMultiline("description", null, 10));
        assertEquals("", TextRules.optionalMultiline("description", " \n ", 10));
    }

    @Test
    void ordinaryTextIncludingLettersOfEveryScriptAndSymbolsIsKept() {
        assertEquals("Zoë O'Brien-Łukasiewicz 山田 👍 <b>&amp;", TextRules.required("name", " Zoë O'Brien-Łukasiewicz 山田 👍 <b>&amp; ", 120));
        assertEquals("a\u00a0b\u00adc", TextRules.required("name", "a\u00a0b\u00adc", 120), "no-break space and soft hyphen are not control characters");
    }

    @Test
    void blankAndOverLongTextsKeepTheirWording() {
        assertEquals("is required", assertThrows(InvalidInputException.class, () -> TextRules.required("city", " ", 10)).getMessage()
                .replaceFirst("^.*?(is required)$", "$1"));
        assertTrue(assertThrows(InvalidInputException.class, () -> TextRules.required("city", "x".repeat(11), 10)).getMessage()
                .contains("must be at most 10 characters"));
        assertTrue(assertThrows(InvalidInputException.class, () -> TextRules.name("name", "x".repeat(121), 120)).getMessage()
                .contains("must be 1 to 120 characters"));
        assertTrue(assertThrows(InvalidInputException.class, () -> TextRules.name("name", null, 120)).getMessage()
                .contains("must be 1 to 120 characters"));
    }

    @Test
    void aRecordOfWhatWasTypedReplacesControlCharactersSoItCanBeStored() {
        assertEquals("a\uFFFDb\uFFFDc", TextRules.readable("a\u0000b\u001bc"));
        assertEquals("plain", TextRules.readable("plain"));
        assertEquals(null, TextRules.readable(null));
    }
}
