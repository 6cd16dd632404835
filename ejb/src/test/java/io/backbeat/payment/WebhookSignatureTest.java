package io.backbeat.payment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Only a body signed with the shared secret, recently, is trusted. */
class WebhookSignatureTest {

    private static final String SECRET = "whsec_test";
    private static final String BODY = "{\"id\":\"evt_1\",\"type\":\"charge.dispute.created\",\"charge\":\"ch_1\"}";
    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

    @Test
    void aFreshSignatureOfTheBodyIsAccepted() {
        assertThatCode(() -> WebhookSignature.verify(SECRET, WebhookSignature.sign(SECRET, NOW.getEpochSecond() - 60,
                BODY), BODY, NOW)).doesNotThrowAnyException();
    }

    @Test
    void anotherSecretAnotherBodyOrAnOldTimestampIsRefused() {
        long t = NOW.getEpochSecond();
        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, WebhookSignature.sign("guess", t, BODY), BODY, NOW))
                .hasFieldOrPropertyWithValue("code", "bad-signature");
        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, WebhookSignature.sign(SECRET, t, BODY), BODY + " ",
                NOW)).hasFieldOrPropertyWithValue("code", "bad-signature");
        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, WebhookSignature.sign(SECRET, t - 301, BODY), BODY,
                NOW)).hasFieldOrPropertyWithValue("code", "stale-signature");
        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, null, BODY, NOW))
                .hasFieldOrPropertyWithValue("code", "missing-signature");
        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, "t=abc,v1=00", BODY, NOW))
                .hasFieldOrPropertyWithValue("code", "bad-signature");
    }
}
