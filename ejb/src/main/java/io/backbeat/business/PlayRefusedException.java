package io.backbeat.business;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** A play batch refused as a whole: nothing of it is stored. */
public class PlayRefusedException extends Refusal {

    private final Map<String, Object> details;

    private PlayRefusedException(Kind kind, String code, String message, Map<String, Object> details) {
        super(kind, code, message);
        this.details = details;
    }

    /** The batch breaks the chain rule, or a record says something impossible. */
    static PlayRefusedException invalid(String code, String message) {
        return new PlayRefusedException(Kind.INVALID, code, message, Map.of());
    }

    static PlayRefusedException zoneUnbound(long zone) {
        return new PlayRefusedException(Kind.FORBIDDEN, "zone-unbound", "Zone " + zone + " is bound to no player, so"
                + " no player's plays are accepted for it: bind the zone to the player first.", Map.of("zone", zone));
    }

    static PlayRefusedException playerInactive(long player) {
        return new PlayRefusedException(Kind.FORBIDDEN, "player-inactive", "The zone's player " + player + " is "
                + "revoked or its key is no longer usable; its plays are not accepted.", Map.of("player", player));
    }

    static PlayRefusedException notZonePlayer(long zone, String fingerprint) {
        return new PlayRefusedException(Kind.FORBIDDEN, "not-zone-player", "Player " + fingerprint + " does not play"
                + " zone " + zone + "; only the zone's bound player uploads its plays.", Map.of("zone", zone));
    }

    /** The batch starts after a record the server has not received: the player uploads from {@code next}. */
    static PlayRefusedException gap(long zone, long next) {
        return new PlayRefusedException(Kind.CONFLICT, "play-log-gap", "The server has zone " + zone + "'s log up to "
                + "record " + (next - 1) + "; upload from record " + next + ".", Map.of("expectedSequence", next));
    }

    /** A record differs from the one stored at its place: the player's log is not the one it uploaded before. */
    static PlayRefusedException forked(long sequence) {
        return new PlayRefusedException(Kind.CONFLICT, "play-log-forked", "Record " + sequence + " differs from the "
                + "record " + sequence + " already received; a log once uploaded cannot change.",
                Map.of("sequence", sequence));
    }

    @Override
    public Map<String, Object> details() {
        return details;
    }
}
