package io.backbeat.channel;

import io.backbeat.api.Problem;
import io.backbeat.media.Transcoder;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.util.Random;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /stream/channel/{slug}}: a public channel's endless stream, as Icecast and SHOUTcast serve one, so any
 * internet radio, VLC or ffplay plays it. Plain MP3 (128 kb/s, 44.1 kHz); a client that sends {@code Icy-MetaData: 1}
 * gets the now-playing title in band every {@code icy-metaint} bytes ({@link IcyMetadata}). Anyone may listen to a
 * public channel. A zone's stream ({@link ZoneStreamServlet}) checks who asks, then joins its station the same way.
 */
@WebServlet(urlPatterns = "/stream/channel/*", asyncSupported = true)
public class ChannelStreamServlet extends HttpServlet {

    @EJB
    Channels channels;

    @Inject
    Broadcasts broadcasts;

    @Inject
    @ConfigProperty(name = "backbeat.channel.metaint", defaultValue = "16000")
    int metaint;

    /** A channel's station key among the broadcasts. */
    static String key(String slug) {
        return "channel/" + slug;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Station station = station(request, response);
        if (station == null) {
            return;
        }
        listen(station, request, response, broadcasts, metaint);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Station station = station(request, response);
        if (station != null) {
            headers(station, request, response, metaint);
        }
    }

    /** The channel's station, or null once a 404 has been answered. */
    private Station station(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String key = key(slug);
        var running = broadcasts.live(key);
        if (running.isPresent()) {
            return running.get().station(); // no query for each listener of a channel on the air
        }
        try {
            ChannelInfo channel = channels.channel(slug);
            return new Station(key, channel.title(), channel.genre(), true, switch (channel.kind()) {
                case RANDOM_GENRE -> () -> new RandomGenreSource(() -> channels.playable(channel.genre()),
                        new Random());
            });
        } catch (NoSuchChannelException e) {
            Problem.of(e).send(response);
            return null;
        }
    }

    /** Answers the request with the station's endless stream: its headers, then its broadcast. */
    static void listen(Station station, HttpServletRequest request, HttpServletResponse response,
                       Broadcasts broadcasts, int metaint) throws IOException {
        headers(station, request, response, metaint);
        var async = request.startAsync();
        async.setTimeout(0); // endless; a listener that stops reading is let go by its broadcaster
        broadcasts.listen(station, async, "1".equals(request.getHeader("Icy-MetaData")) ? metaint : 0);
    }

    static void headers(Station station, HttpServletRequest request, HttpServletResponse response,
                        int metaint) {
        response.setContentType("audio/mpeg");
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.setHeader("icy-name", station.name());
        response.setHeader("icy-genre", station.genre());
        response.setHeader("icy-br", Integer.toString(Transcoder.BROADCAST_KBPS));
        response.setHeader("icy-sr", Integer.toString(Transcoder.BROADCAST_SAMPLE_RATE));
        response.setHeader("icy-pub", station.listed() ? "1" : "0");
        if ("1".equals(request.getHeader("Icy-MetaData"))) {
            response.setHeader("icy-metaint", Integer.toString(metaint));
        }
        // No response buffer: each write goes to the connection, so "not ready" means the listener's socket is
        // full, and 5,000 listeners hold no 16 KB buffer each.
        response.setBufferSize(0);
    }
}
