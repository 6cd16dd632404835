package io.backbeat.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a webhook's {@code Backbeat-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} (Stripe's scheme).
 * Only the provider knows the secret, so a valid signature proves who sent the body; the timestamp is signed too, so
 * an event captured and sent again later than {@link #TOLERANCE} is refused.
 */
final class WebhookSignature {

    static final String HEADER = "Backbeat-Signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    static void verify(String secret, String header, String body, Instant now) {
        if (header == null || header.isBlank()) {
            throw new BadWebhookException("missing-signature", "The " + HEADER + " header is missing.");
        }
        Long timestamp = null;
        var signatures = new java.util.ArrayList<String>();
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
                timestamp = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw new BadWebhookException("bad-signature", "The " + HEADER + " header is not t=…,v1=….");
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(TOLERANCE) > 0) {
            throw new BadWebhookException("stale-signature", "The event was signed at " + Instant.ofEpochSecond(timestamp)
                    + ", more than " + TOLERANCE.toMinutes() + " minutes from now.");
        }
        byte[] expected = HexFormat.of().formatHex(hmac(secret, timestamp + "." + body))
                .getBytes(StandardCharsets.US_ASCII);
        for (String signature : signatures) {
            // Constant time: how long a comparison takes must not tell a forger how much of a guess was right.
            if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
                return;
            }
        }
        throw new BadWebhookException("bad-signature", "The event's signature does not match its body.");
    }

    /** The header a sender with {@code secret} would send, for the store's own tests. */
    static String sign(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    private static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
