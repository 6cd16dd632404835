package io.backbeat.delivery;

import io.backbeat.platform.Refusal;

/** A purchase download that cannot go ahead, with what the customer can do about it. */
public class DeliveryRefusedException extends Refusal {

    private DeliveryRefusedException(Kind kind, String code, String message) {
        super(kind, code, message);
    }

    static DeliveryRefusedException basicPlayer() {
        return new DeliveryRefusedException(Kind.FORBIDDEN, "registered-player-required", "Purchases are "
                + "delivered to registered players only, encrypted for their key: register this player (Account → "
                + "Players) and download again.");
    }

    static DeliveryRefusedException malformedTicket(String reason) {
        return new DeliveryRefusedException(Kind.INVALID, "malformed-ticket", reason);
    }

    static DeliveryRefusedException refunded(long licence) {
        return new DeliveryRefusedException(Kind.FORBIDDEN, "licence-revoked", "Licence " + licence
                + " was refunded and can no longer be downloaded.");
    }

    static DeliveryRefusedException notYourPlayer() {
        return new DeliveryRefusedException(Kind.FORBIDDEN, "player-not-yours", "The stream ticket comes from a "
                + "player registered to another account; a purchase goes only to its owner's players.");
    }

    static DeliveryRefusedException unusableKey(String reason) {
        return new DeliveryRefusedException(Kind.FORBIDDEN, "player-key-unusable", reason);
    }
}
