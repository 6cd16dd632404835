package io.backbeat.player.store.venue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.backbeat.business.Heartbeat;
import io.backbeat.business.HeartbeatReply;
import io.backbeat.business.PlayBatch;
import io.backbeat.business.PlayReceipt;
import io.backbeat.business.ZoneTimeline;
import io.backbeat.delivery.StreamTicket;
import io.backbeat.player.store.PlayLogGapException;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.StoreException;
import io.backbeat.player.store.StoreHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/**
 * The store's zone API as the player bound to one zone uses it: every request carries a fresh ticket signed with
 * the player's own key for that zone, so the venue player needs nobody's password. Every call blocks, so call it
 * off the event thread.
 */
public final class ZoneClient {

    private final StoreHttp http;
    private final long zone;
    private final PlayerKeyring.Unlocked keys;

    public ZoneClient(StoreHttp http, long zone, PlayerKeyring.Unlocked keys) {
        this.http = http;
        this.zone = zone;
        this.keys = keys;
    }

    /** The zone's timeline from {@code from} to {@code to}. */
    public ZoneTimeline timeline(Instant from, Instant to) throws StoreException, InterruptedException {
        var request = ticketed(http.request(http.at("/api/zones/" + zone + "/timeline?from=" + from + "&to=" + to),
                StoreHttp.ANSWER_TIMEOUT, "application/json")).GET().build();
        return http.json(http.checked(http.send(request, HttpResponse.BodyHandlers.ofByteArray())),
                new TypeReference<>() {
                });
    }

    /**
     * Starts downloading a work the zone's timeline plays, sealed for this player as a purchase is, from the store's
     * {@linkplain StoreHttp#secureServer() HTTPS address}. The caller reads and closes the stream.
     */
    public StoreHttp.Download scheduledWork(long work) throws StoreException, InterruptedException {
        return http.download(ticketed(http.request(URI.create(http.secureServer() + "/stream/scheduled/" + zone + "/"
                + work), StoreHttp.DOWNLOAD_TIMEOUT, "application/octet-stream")).GET().build());
    }

    /**
     * Uploads consecutive records of the zone's play log; {@link PlayLogGapException} when the store expects an
     * earlier record first.
     */
    public PlayReceipt uploadPlays(PlayBatch batch) throws StoreException, InterruptedException {
        var request = ticketed(http.posting(http.at("/api/zones/" + zone + "/plays"), batch)).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 409) {
            var gap = http.problem(response, response.body())
                    .filter(problem -> problem.path("type").asText("").endsWith("/play-log-gap"));
            if (gap.isPresent()) {
                throw new PlayLogGapException(gap.get().path("detail").asText(""),
                        gap.get().path("expectedSequence").asLong());
            }
        }
        return http.json(http.checked(response), new TypeReference<>() {
        });
    }

    /** Says what the player is doing; the answer carries the manager's commands it has not acknowledged. */
    public HeartbeatReply heartbeat(Heartbeat beat) throws StoreException, InterruptedException {
        var request = ticketed(http.posting(http.at("/api/zones/" + zone + "/heartbeat"), beat)).build();
        return http.json(http.checked(http.send(request, HttpResponse.BodyHandlers.ofByteArray())),
                new TypeReference<>() {
                });
    }

    private HttpRequest.Builder ticketed(HttpRequest.Builder request) {
        return request.header(StreamTicket.HEADER, keys.zoneTicket(zone));
    }
}
