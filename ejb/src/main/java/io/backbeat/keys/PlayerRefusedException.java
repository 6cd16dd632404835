package io.backbeat.keys;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** Registering or revoking a player was refused: the limit reached, a key registered twice, no such player. */
public class PlayerRefusedException extends Refusal {

    private final Map<String, Object> details;

    private PlayerRefusedException(Kind kind, String code, String message, Map<String, Object> details) {
        super(kind, code, message);
        this.details = details;
    }

    static PlayerRefusedException tooMany(int limit) {
        return new PlayerRefusedException(Kind.CONFLICT, "too-many-players", "This account already has " + limit
                + " active players, the most it may have. Revoke one you no longer use, then register this one.",
                Map.of("limit", limit));
    }

    static PlayerRefusedException alreadyRegistered(String fingerprint) {
        return new PlayerRefusedException(Kind.CONFLICT, "player-already-registered", "The key " + fingerprint
                + " is already registered; every player needs a key pair of its own.",
                Map.of("fingerprint", fingerprint));
    }

    static PlayerRefusedException notFound(long player) {
        return new PlayerRefusedException(Kind.NOT_FOUND, "player-not-found",
                "This account has no player " + player + ".", Map.of("player", player));
    }

    @Override
    public Map<String, Object> details() {
        return details;
    }
}
