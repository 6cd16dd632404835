package io.backbeat.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.platform.InvalidInputException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A card is checked field by field before any provider sees it, and its number never shows. */
class CardTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void aValidCardKeepsItsDigitsAndShowsOnlyTheLastFour() {
        Card card = Card.of(new Card.Details("4242 4242-4242 4242", 12, 2026, "123"), NOW);

        assertThat(card.number()).isEqualTo("4242424242424242");
        assertThat(card.last4()).isEqualTo("4242");
        assertThat(card.toString()).doesNotContain("42424242").doesNotContain("123").contains("4242");
        assertThat(new Card.Details("4242424242424242", 12, 2026, "123").toString())
                .doesNotContain("42424242").doesNotContain("123");
    }

    @Test
    void everyBadFieldIsNamedWithItsOwnMessage() {
        assertThatThrownBy(() -> Card.of(new Card.Details("4242424242424241", 13, null, "12"), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fields())
                        .containsOnlyKeys("card.number", "card.expMonth", "card.expYear", "card.cvc")
                        .containsEntry("card.number", "This card number is mistyped: check its digits."));
    }

    @Test
    void aCardIsGoodUntilTheEndOfItsExpiryMonth() {
        assertThat(Card.of(new Card.Details("4242424242424242", 12, 2026, "1234"), NOW).expiry()).isEqualTo(NOW);
        assertThatThrownBy(() -> Card.of(new Card.Details("4242424242424242", 11, 2026, "123"), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fields())
                        .containsOnlyKeys("card.expYear"));
    }

    @Test
    void theLuhnCheckCatchesOneMistypedDigitOrTwoSwapped() {
        assertThat(Card.luhn("4000000000000259")).isTrue();
        assertThat(Card.luhn("5555555555554444")).isTrue();
        assertThat(Card.luhn("4000000000000258")).isFalse();
        assertThat(Card.luhn("5555555555554444".replace("54444", "45444"))).isFalse();
    }
}
