package io.backbeat.purchase;

import io.backbeat.platform.Refusal;

/** Buying needs a registered player to deliver to; a customer with none (only basic players) is refused. */
public class RegisteredPlayerRequiredException extends Refusal {

    public RegisteredPlayerRequiredException() {
        super(Kind.FORBIDDEN, "registered-player-required", "Buying needs a registered Backbeat player to deliver "
                + "the work to: register the player you use (it makes its own key), or get a personalised player "
                + "from Account → Players. Nothing was charged.");
    }
}
