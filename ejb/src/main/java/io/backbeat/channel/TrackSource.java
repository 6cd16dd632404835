package io.backbeat.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * Tells a broadcaster what to play next and from where: the one seam between what a stream plays and how it is
 * sent. A public channel's source picks random works ({@link RandomGenreSource}); a zone's reads the zone's
 * timeline of plays ({@code business.Schedules#cue}), which knows what plays at any instant and how far into it. Only works licensed for
 * businesses may ever be cued; the broadcaster's rendition step refuses any other.
 */
public interface TrackSource {

    /**
     * What plays from {@code at} (when the track before it ends), or empty when there is nothing to play (the
     * broadcaster sends silence and asks again).
     */
    Optional<Cue> next(Instant at);

    /**
     * A work to play, how far into it to start (zero for a channel; mid-track for a zone joined late) and for how
     * long ({@code null}: to its end; a zone's play cut short where its daypart ends).
     */
    record Cue(long work, java.time.Duration from, java.time.Duration length) {

        /** The whole work, from its start. */
        public Cue(long work) {
            this(work, java.time.Duration.ZERO, null);
        }
    }
}
