package io.backbeat.catalog;

import io.backbeat.account.Accounts;
import io.backbeat.content.ContentStore;
import io.backbeat.media.Mp3Encoder;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.util.HashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A newcomer's store has something to browse and hear: on first start (no artists yet) a few demo artists,
 * albums and works, each with a short synthesised preview encoded like a real one. Off with backbeat.demo=false.
 */
@Startup
@Singleton
@DependsOn("DemoAccounts")
public class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());
    private static final int PREVIEW_SECONDS = 8;

    record DemoWork(String artist, boolean band, String genre, String album, int year, String title, int price,
                    boolean explicit, boolean business, int seed) {
    }

    private static final DemoWork[] WORKS = {
        new DemoWork("The Demo Tapes", true, "Indie", "First Takes", 2026, "Hello, Backbeat", 10, false, true, 1),
        new DemoWork("The Demo Tapes", true, "Indie", "First Takes", 2026, "Room Tone", 10, false, true, 2),
        new DemoWork("Aurora Lane", false, "Ambient", "Slow Light", 2024, "Northern Hours", 12, false, true, 3),
        new DemoWork("Aurora Lane", false, "Ambient", "Slow Light", 2024, "Glass Harbour", 12, false, true, 4),
        new DemoWork("Aurora Lane", false, "Ambient", null, 2025, "Waiting Room Blue", 8, false, true, 5),
        new DemoWork("Kettle & Fox", true, "Folk", "Kitchen Songs", 2023, "Copper Morning", 9, false, false, 6),
        new DemoWork("Kettle & Fox", true, "Folk", "Kitchen Songs", 2023, "Don't Wake the Fox", 9, true, false, 7),
        new DemoWork("Sigur Blå", false, "Electronic", "Fjord Signals", 2025, "Élan Vital", 15, false, true, 8),
        new DemoWork("Sigur Blå", false, "Electronic", "Fjord Signals", 2025, "Nordlys", 15, false, true, 9),
        new DemoWork("Night Transit", true, "Jazz", "Last Train", 2022, "Platform 9", 11, false, true, 10),
        new DemoWork("Night Transit", true, "Jazz", "Last Train", 2022, "Elevator Blues", 11, false, true, 11),
        new DemoWork("Night Transit", true, "Jazz", null, 2026, "Lobby Nocturne", 7, false, true, 12),
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ContentStore store;

    @Inject
    @ConfigProperty(name = "backbeat.demo", defaultValue = "true")
    boolean enabled;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void seed() {
        boolean empty = em.createQuery("SELECT COUNT(a) FROM Artist a", Long.class).getSingleResult() == 0;
        if (!enabled || !empty) {
            return;
        }
        var artists = new HashMap<String, Artist>();
        var albums = new HashMap<String, Album>();
        for (DemoWork demo : WORKS) {
            Artist artist = artists.computeIfAbsent(demo.artist(), name -> newArtist(demo));
            Album album = demo.album() == null ? null : albums.computeIfAbsent(demo.album(),
                    title -> persisted(new Album(artist, title, demo.year(), clock.instant())));
            var details = new WorkDetails(demo.title(), demo.album(), null, demo.genre(), demo.year(),
                    MediaType.AUDIO, demo.price(), demo.explicit(), demo.business());
            Work work = persisted(new Work(details, artist, album, clock.instant()));
            work.publish(PREVIEW_SECONDS, preview(demo.seed()), clock.instant());
        }
        LOG.info(() -> "Demo catalogue: " + WORKS.length + " works by " + artists.size() + " artists");
    }

    private Artist newArtist(DemoWork demo) {
        var owner = demo.artist().equals(WORKS[0].artist())
                ? accounts.find("musician@backbeat.demo").orElse(null) : null;
        return persisted(new Artist(demo.artist(), demo.band(), demo.genre(),
                demo.artist() + " is a demo artist of the Backbeat store.", owner, clock.instant()));
    }

    private <T> T persisted(T entity) {
        em.persist(entity);
        return entity;
    }

    /** A little arpeggio, different for every seed, encoded exactly as real previews are. */
    private String preview(int seed) {
        var format = Mp3Encoder.PREVIEW_PCM;
        int rate = (int) format.getSampleRate();
        var pcm = ByteBuffer.allocate(rate * PREVIEW_SECONDS * 4).order(ByteOrder.LITTLE_ENDIAN);
        double[] scale = {0, 2, 4, 7, 9, 12, 14, 16};
        double root = 196 * Math.pow(2, (seed % 7) / 12.0);
        int noteLength = rate / 4;
        for (int i = 0; i < rate * PREVIEW_SECONDS; i++) {
            int note = i / noteLength;
            double frequency = root * Math.pow(2, scale[(note * (seed + 2)) % scale.length] / 12.0);
            double envelope = Math.exp(-3.0 * (i % noteLength) / noteLength);
            double t = (double) i / rate;
            short left = (short) (9000 * envelope * Math.sin(2 * Math.PI * frequency * t));
            short right = (short) (9000 * envelope * Math.sin(2 * Math.PI * frequency * 1.5 * t));
            pcm.putShort(left).putShort(right);
        }
        try {
            var mp3 = new ByteArrayOutputStream();
            Mp3Encoder.encode(new ByteArrayInputStream(pcm.array()), format, Mp3Encoder.PREVIEW_KBPS, mp3);
            return store.put(new ByteArrayInputStream(mp3.toByteArray()), Long.MAX_VALUE).sha256();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a demo preview", e);
        }
    }
}
