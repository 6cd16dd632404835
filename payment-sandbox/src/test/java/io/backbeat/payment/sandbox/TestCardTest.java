package io.backbeat.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stripe's published test cards behave as documented; any other valid number approves with its brand. */
class TestCardTest {

    @Test
    void theSpecialCardsFailWithStripesCodes() {
        assertThat(TestCard.of("4242424242424242")).isEqualTo(TestCard.APPROVES);
        assertThat(TestCard.of("4000000000000002").failureCode).isEqualTo("card_declined");
        assertThat(TestCard.of("4000000000009995").failureCode).isEqualTo("insufficient_funds");
        assertThat(TestCard.of("4000000000000069").failureCode).isEqualTo("expired_card");
        assertThat(TestCard.of("4000000000000119").status).isEqualTo(500);
        assertThat(TestCard.of("4000000000000259")).isEqualTo(TestCard.DISPUTED_LATER);
    }

    @Test
    void brandsFollowTheLeadingDigits() {
        assertThat(TestCard.brand("4242424242424242")).isEqualTo("visa");
        assertThat(TestCard.brand("5555555555554444")).isEqualTo("mastercard");
        assertThat(TestCard.brand("2223003122003222")).isEqualTo("mastercard");
        assertThat(TestCard.brand("378282246310005")).isEqualTo("amex");
        assertThat(TestCard.brand("6011111111111117")).isEqualTo("discover");
    }

    @Test
    void onlyNumbersPassingTheLuhnCheckAreCards() {
        assertThat(TestCard.luhn("4242424242424242")).isTrue();
        assertThat(TestCard.luhn("4242424242424241")).isFalse();
        assertThat(TestCard.luhn("42424242")).isFalse();
    }
}
