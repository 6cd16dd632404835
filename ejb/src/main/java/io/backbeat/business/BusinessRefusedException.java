package io.backbeat.business;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** A venue manager's request refused: something not theirs or not there, or in the way of what they asked. */
public class BusinessRefusedException extends Refusal {

    private final Map<String, Object> details;

    private BusinessRefusedException(Kind kind, String code, String message, Map<String, Object> details) {
        super(kind, code, message);
        this.details = details;
    }

    /** Missing, or another organisation's: the same answer, so ids give nothing away. */
    static BusinessRefusedException notFound(String what, long id) {
        return new BusinessRefusedException(Kind.NOT_FOUND, what + "-not-found", "Your organisation has no " + what
                + " " + id + ".", Map.of(what, id));
    }

    static BusinessRefusedException noOrganisation() {
        return new BusinessRefusedException(Kind.NOT_FOUND, "organisation-not-found", "This account manages no "
                + "organisation yet: open one with POST /api/me/organisation.", Map.of());
    }

    static BusinessRefusedException alreadyEnterprise(String organisation) {
        return new BusinessRefusedException(Kind.CONFLICT, "already-enterprise", "This account already manages "
                + organisation + ".", Map.of("organisation", organisation));
    }

    static BusinessRefusedException programmeInUse(long programme) {
        return new BusinessRefusedException(Kind.CONFLICT, "programme-in-use", "Programme " + programme + " is in a "
                + "zone's schedule; take it out of every schedule before deleting it.", Map.of("programme", programme));
    }

    static BusinessRefusedException venueHasZones(long venue) {
        return new BusinessRefusedException(Kind.CONFLICT, "venue-has-zones", "Venue " + venue + " still has zones; "
                + "delete them first.", Map.of("venue", venue));
    }

    static BusinessRefusedException playerTaken(long player) {
        return new BusinessRefusedException(Kind.CONFLICT, "player-taken", "Player " + player + " already plays "
                + "another zone; a player plays one zone at a time.", Map.of("player", player));
    }

    static BusinessRefusedException malformedTicket(String reason) {
        return new BusinessRefusedException(Kind.INVALID, "malformed-ticket", reason, Map.of());
    }

    static BusinessRefusedException playerNotBound(long zone) {
        return new BusinessRefusedException(Kind.FORBIDDEN, "player-not-bound", "This player is not the one zone "
                + zone + " is bound to; a player reads its own zone only (the manager binds it: PUT /api/zones/"
                + zone + ").", Map.of("zone", zone));
    }

    static BusinessRefusedException zoneUnbound(long zone) {
        return new BusinessRefusedException(Kind.CONFLICT, "zone-unbound", "Zone " + zone + " is bound to no player, "
                + "so no player would take the command: bind it first (PUT /api/zones/" + zone + ").",
                Map.of("zone", zone));
    }

    static BusinessRefusedException workNotScheduled(long zone, long work) {
        return new BusinessRefusedException(Kind.NOT_FOUND, "work-not-scheduled", "Zone " + zone + " plays no work "
                + work + " in the coming " + Schedules.MAX_TIMELINE.toDays() + " days; a venue player downloads what "
                + "its timeline schedules.", Map.of("zone", zone, "work", work));
    }

    @Override
    public Map<String, Object> details() {
        return details;
    }
}
