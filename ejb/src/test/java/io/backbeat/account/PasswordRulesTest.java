package io.backbeat.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.platform.Refusal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    private static final String EMAIL = "ann.lee@example.com";

    @Test
    void aLongVariedPasswordIsAccepted() {
        assertThatCode(() -> PasswordRules.check("correct horse battery", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void nineCharactersAreTooFewAndTenAreEnough() {
        assertRefused("tr0mbone!", "at least 10 characters");
        assertThatCode(() -> PasswordRules.check("tr0mbone!x", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void aMissingPasswordIsRefusedForItsLength() {
        assertRefused(null, "at least 10 characters");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Each emoji is two UTF-16 units: nine of them are 18 units but still only nine characters.
        assertRefused("🎵🎸🥁🎹🎺🎻🪕🎷🎤", "at least 10 characters");
        assertThatCode(() -> PasswordRules.check("🎵🎸🥁🎹🎺🎻🪕🎷🎤🎧", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void seventyTwoUtf8BytesAreAcceptedAndSeventyThreeRefused() {
        String seventyTwoBytes = "abcdé".repeat(12);
        assertThat(seventyTwoBytes.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(seventyTwoBytes).hasSize(60);

        assertThatCode(() -> PasswordRules.check(seventyTwoBytes, EMAIL)).doesNotThrowAnyException();
        assertRefused(seventyTwoBytes + "x", "at most 72 bytes");
    }

    @Test
    void theByteLimitIsReachedByFewerCharactersWhenTheyAreNotAscii() {
        // 19 four-byte characters: 76 bytes, though far fewer than 72 characters.
        assertRefused("🎵🎸🥁🎹🎺🎻🪕🎷🎤🎧🎵🎸🥁🎹🎺🎻🪕🎷🎤", "at most 72 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "Password123", "QWERTYUIOP", "1234567890", "letmein123"})
    void passwordsAttackersTryFirstAreRefusedWhateverTheirCase(String common) {
        assertRefused(common, "attackers try");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcabcabca", "zzzzzzzzzzzzzz", "121212121212"})
    void fewerThanFourDistinctCharactersAreRefused(String repetitive) {
        assertRefused(repetitive, "attackers try");
    }

    @Test
    void fourDistinctCharactersAreEnoughVariety() {
        assertThatCode(() -> PasswordRules.check("abcdabcdab", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void varietyCountsCharactersNotUtf16Units() {
        // Three distinct emoji share one high surrogate: four distinct UTF-16 units, but three characters.
        assertRefused("😀😁😂😀😁😂😀😁😂😀", "attackers try");
    }

    @Test
    void theEmailAddressIsRefusedWhateverItsCase() {
        assertRefused("Ann.Lee@Example.com", "e-mail address");
    }

    @Test
    void theEmailAddressesNamePartIsRefused() {
        assertThatThrownBy(() -> PasswordRules.check("ann.lee.1984", "ann.lee.1984@example.com"))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessageContaining("e-mail address");
        assertThatThrownBy(() -> PasswordRules.check("ANN.LEE.1984", "ann.lee.1984@example.com"))
                .isInstanceOf(WeakPasswordException.class);
    }

    @Test
    void aPasswordThatOnlyContainsTheNamePartIsAccepted() {
        assertThatCode(() -> PasswordRules.check("ann.lee.1984 plays bass", "ann.lee.1984@example.com"))
                .doesNotThrowAnyException();
    }

    @Test
    void withoutAnEmailOnlyTheOtherRulesApply() {
        assertThatCode(() -> PasswordRules.check("ann.lee.1984", null)).doesNotThrowAnyException();
    }

    @Test
    void theRefusalPointsAtThePasswordField() {
        assertThatThrownBy(() -> PasswordRules.check("short", EMAIL))
                .isInstanceOfSatisfying(WeakPasswordException.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
                    assertThat(refusal.code()).isEqualTo("weak-password");
                    assertThat(refusal.details()).containsEntry("field", "password");
                });
    }

    private static void assertRefused(String password, String reason) {
        assertThatThrownBy(() -> PasswordRules.check(password, EMAIL))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessageContaining(reason);
    }
}
