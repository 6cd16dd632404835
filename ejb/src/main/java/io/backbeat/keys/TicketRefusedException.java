package io.backbeat.keys;

import io.backbeat.platform.Refusal;

/**
 * A purchase download refused because of who asks for it: no ticket (a basic player), a ticket that is malformed,
 * stale, replayed or not signed by its player, or a player that is revoked, unknown or someone else's.
 */
public class TicketRefusedException extends Refusal {

    TicketRefusedException(Kind kind, String code, String message) {
        super(kind, code, message);
    }

    static TicketRefusedException forbidden(String code, String message) {
        return new TicketRefusedException(Kind.FORBIDDEN, code, message);
    }
}
