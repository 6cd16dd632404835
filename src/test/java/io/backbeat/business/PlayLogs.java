package io.backbeat.business;

import io.backbeat.TestPlayer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Signed play logs as a zone's venue player uploads them, for the tests of proof of play (API and site). */
public final class PlayLogs {

    private PlayLogs() {
    }

    /**
     * Records 1..n of the zone's log from {@code base}, three minutes apart, each 170 s long, playing these works in
     * turn (online, offline, online…), chained from the genesis of the zone's player and signed by {@code signer}.
     */
    public static List<SignedPlay> signed(TestPlayer signer, long zone, String playerFingerprint, Instant base,
                                          List<Long> works) {
        var plays = new ArrayList<SignedPlay>();
        String previous = PlayRecord.genesis(zone, playerFingerprint);
        for (int i = 0; i < works.size(); i++) {
            Instant start = base.plus(Duration.ofMinutes(3L * i));
            var play = new PlayRecord(zone, works.get(i), start, start.plusSeconds(170), i % 2 == 0, i + 1,
                    previous);
            plays.add(signer.sign(play));
            previous = play.hash();
        }
        return plays;
    }

    /** The batch as JSON: the player's fingerprint and each record with its signature. */
    public static Map<String, Object> batch(String fingerprint, List<SignedPlay> plays) {
        return Map.of("player", fingerprint, "plays", plays.stream().map(signed -> {
            PlayRecord play = signed.play();
            var record = new HashMap<String, Object>();
            record.put("zone", play.zone());
            record.put("work", play.work());
            record.put("start", play.start().toString());
            record.put("end", play.end().toString());
            record.put("online", play.online());
            record.put("sequence", play.sequence());
            record.put("previous", play.previous());
            return Map.of("play", record, "signature", signed.signature());
        }).toList());
    }
}
