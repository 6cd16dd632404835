package io.backbeat.upload;

import io.backbeat.account.Accounts;
import io.backbeat.catalog.Artist;
import io.backbeat.catalog.MediaType;
import io.backbeat.catalog.WorkDetails;
import io.backbeat.media.Mp3Encoder;
import io.backbeat.platform.Warmups;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.health.Readiness;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.images.ArtworkFactory;

/**
 * A newcomer's store has something to browse and hear: on first start (no artists but the demo's) six demo
 * artists and thirty works, each a synthesised MP3 master with its cover art in the tags, uploaded through the
 * same pipeline as any musician's, so the demo shows the checker and the transcoder at work. Readiness stays DOWN
 * until every demo work is settled. A restart in the middle carries on: the masters are synthesised the same way
 * every time, and the same bytes are never received twice. Started by {@link DemoCatalogueStartup}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());
    private static final String WARMUP = "demo-catalogue";
    private static final int SAMPLE_RATE = 44_100;
    private static final int SECONDS = 32;
    private static final int MASTER_KBPS = 192;

    record DemoArtist(String name, boolean band, String genre, Color from, Color to) {
    }

    record DemoWork(String artist, String album, int year, String title, int price, boolean explicit,
                    boolean business) {
    }

    private static final List<DemoArtist> ARTISTS = List.of(
            new DemoArtist("The Demo Tapes", true, "Indie", new Color(0x1d3557), new Color(0xe63946)),
            new DemoArtist("Aurora Lane", false, "Ambient", new Color(0x0b132b), new Color(0x5bc0be)),
            new DemoArtist("Kettle & Fox", true, "Folk", new Color(0x6b4226), new Color(0xf4a259)),
            new DemoArtist("Sigur Blå", false, "Electronic", new Color(0x240046), new Color(0x4cc9f0)),
            new DemoArtist("Night Transit", true, "Jazz", new Color(0x14213d), new Color(0xfca311)),
            new DemoArtist("Marble Arcade", true, "Pop", new Color(0xff006e), new Color(0xffbe0b)));

    static final List<DemoWork> WORKS = List.of(
            new DemoWork("The Demo Tapes", "First Takes", 2026, "Hello, Backbeat", 10, false, true),
            new DemoWork("The Demo Tapes", "First Takes", 2026, "Room Tone", 10, false, true),
            new DemoWork("The Demo Tapes", "First Takes", 2026, "Count-In", 10, false, true),
            new DemoWork("The Demo Tapes", "First Takes", 2026, "Tape Hiss Lullaby", 10, false, false),
            new DemoWork("The Demo Tapes", null, 2025, "B-Side Weather", 8, false, true),
            new DemoWork("Aurora Lane", "Slow Light", 2024, "Northern Hours", 12, false, true),
            new DemoWork("Aurora Lane", "Slow Light", 2024, "Glass Harbour", 12, false, true),
            new DemoWork("Aurora Lane", "Slow Light", 2024, "Dawn Over Tromsø", 12, false, true),
            new DemoWork("Aurora Lane", "Slow Light", 2024, "Quiet Orbit", 12, false, true),
            new DemoWork("Aurora Lane", null, 2025, "Waiting Room Blue", 8, false, true),
            new DemoWork("Kettle & Fox", "Kitchen Songs", 2023, "Copper Morning", 9, false, false),
            new DemoWork("Kettle & Fox", "Kitchen Songs", 2023, "Don't Wake the Fox", 9, true, false),
            new DemoWork("Kettle & Fox", "Kitchen Songs", 2023, "Bread and Fiddles", 9, false, true),
            new DemoWork("Kettle & Fox", "Kitchen Songs", 2023, "The Kettle Sings", 9, false, true),
            new DemoWork("Kettle & Fox", null, 2024, "Harvest Reel", 7, false, true),
            new DemoWork("Sigur Blå", "Fjord Signals", 2025, "Élan Vital", 15, false, true),
            new DemoWork("Sigur Blå", "Fjord Signals", 2025, "Nordlys", 15, false, true),
            new DemoWork("Sigur Blå", "Fjord Signals", 2025, "Pulse Cartography", 15, false, true),
            new DemoWork("Sigur Blå", "Fjord Signals", 2025, "Ice Shelf Techno", 15, true, false),
            new DemoWork("Sigur Blå", null, 2026, "Modular Snow", 11, false, true),
            new DemoWork("Night Transit", "Last Train", 2022, "Platform 9", 11, false, true),
            new DemoWork("Night Transit", "Last Train", 2022, "Elevator Blues", 11, false, true),
            new DemoWork("Night Transit", "Last Train", 2022, "Red Line Shuffle", 11, false, true),
            new DemoWork("Night Transit", "Last Train", 2022, "Terminus", 11, false, true),
            new DemoWork("Night Transit", null, 2026, "Lobby Nocturne", 7, false, true),
            new DemoWork("Marble Arcade", "Neon Receipts", 2026, "Coin Slot Heart", 10, false, true),
            new DemoWork("Marble Arcade", "Neon Receipts", 2026, "High Score Summer", 10, false, true),
            new DemoWork("Marble Arcade", "Neon Receipts", 2026, "Glitter Static", 10, true, false),
            new DemoWork("Marble Arcade", "Neon Receipts", 2026, "Insert Name Here", 10, false, true),
            new DemoWork("Marble Arcade", null, 2025, "Claw Machine", 6, false, true));

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @EJB
    Uploads uploads;

    @Inject
    @Readiness // the qualifier Warmups carries as a readiness check
    Warmups warmups;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /** True on a store that holds nothing but (part of) the demo catalogue. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean unfinished() {
        List<String> names = em.createQuery("SELECT a.name FROM Artist a", String.class).getResultList();
        long works = em.createQuery("SELECT COUNT(w) FROM Work w", Long.class).getSingleResult();
        var demoNames = ARTISTS.stream().map(DemoArtist::name).toList();
        return demoNames.containsAll(names) && works < WORKS.size();
    }

    /** Seeds in the background; readiness says how far it got. */
    @Asynchronous
    public void seed() {
        warmups.started(WARMUP, "synthesising " + WORKS.size() + " demo works");
        try {
            Map<String, Long> artists = self().artists();
            Long owner = accounts.find("musician@backbeat.demo").map(a -> a.id()).orElse(null);
            Path folder = Files.createTempDirectory("backbeat-demo-");
            try {
                for (int i = 0; i < WORKS.size(); i++) {
                    DemoWork work = WORKS.get(i);
                    warmups.started(WARMUP, "uploading demo work " + (i + 1) + " of " + WORKS.size());
                    upload(work, i, artists.get(work.artist()),
                            work.artist().equals(ARTISTS.get(0).name()) ? owner : null, folder);
                }
            } finally {
                Files.deleteIfExists(folder);
            }
            awaitSettled();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The demo catalogue could not be seeded", e);
        } finally {
            warmups.finished(WARMUP);
        }
    }

    /** The demo artists, made on the first start; their ids by name. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Map<String, Long> artists() {
        var ids = new HashMap<String, Long>();
        var owner = accounts.find("musician@backbeat.demo").orElse(null);
        for (DemoArtist demo : ARTISTS) {
            Artist artist = em.createQuery("SELECT a FROM Artist a WHERE a.name = :name", Artist.class)
                    .setParameter("name", demo.name()).getResultStream().findFirst().orElseGet(() -> {
                        var made = new Artist(demo.name(), demo.band(), demo.genre(),
                                demo.name() + " is a demo artist of the Backbeat store.",
                                demo == ARTISTS.get(0) ? owner : null, clock.instant());
                        em.persist(made);
                        return made;
                    });
            ids.put(demo.name(), artist.id());
        }
        return ids;
    }

    private void upload(DemoWork work, int seed, long artistId, Long owner, Path folder) throws IOException {
        DemoArtist artist = ARTISTS.stream().filter(a -> a.name().equals(work.artist())).findFirst().orElseThrow();
        Path master = folder.resolve("master-" + seed + ".mp3");
        try {
            synthesise(seed, master);
            tag(master, work, artist);
            var details = new WorkDetails(work.title(), work.album(), null, artist.genre(), work.year(),
                    MediaType.AUDIO, work.price(), work.explicit(), work.business());
            try (var in = Files.newInputStream(master)) {
                uploads.receive(artistId, owner, details, work.title() + ".mp3", in);
            }
        } catch (DuplicateUploadException alreadyThere) {
            // Uploaded before a restart: the pipeline finishes it.
        } finally {
            Files.deleteIfExists(master);
        }
    }

    /** Waits for the pipeline to settle every demo work, so readiness means a browsable store. */
    private void awaitSettled() {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            long pending = self().pending();
            if (pending == 0) {
                LOG.info(() -> "Demo catalogue: " + WORKS.size() + " works by " + ARTISTS.size() + " artists");
                return;
            }
            warmups.started(WARMUP, pending + " of " + WORKS.size() + " demo works in the upload pipeline");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.warning("Demo catalogue: works still in the pipeline after ten minutes");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long pending() {
        return em.createQuery("SELECT COUNT(w) FROM Work w WHERE w.state IN ('RECEIVED', 'CHECKING', 'TRANSCODING')",
                Long.class).getSingleResult();
    }

    /** An arpeggio over a soft pad, different for every seed; a fade in and out like a real master. */
    static void synthesise(int seed, Path mp3) throws IOException {
        int frames = SAMPLE_RATE * SECONDS;
        double[] scale = {0, 2, 4, 7, 9, 12, 14, 16};
        double root = 130.81 * Math.pow(2, (seed * 5 % 12) / 12.0);
        int noteLength = SAMPLE_RATE / (3 + seed % 4);
        int chunk = 4096;
        ByteBuffer pcm = ByteBuffer.allocateDirect(chunk * 4).order(ByteOrder.LITTLE_ENDIAN);
        try (var encoder = Mp3Encoder.open(mp3, SAMPLE_RATE, MASTER_KBPS)) {
            for (int start = 0; start < frames; start += chunk) {
                int count = Math.min(chunk, frames - start);
                pcm.clear();
                for (int i = start; i < start + count; i++) {
                    double t = (double) i / SAMPLE_RATE;
                    int note = i / noteLength;
                    double frequency = root * Math.pow(2, scale[(note * (seed + 3)) % scale.length] / 12.0);
                    double pluck = Math.exp(-4.0 * (i % noteLength) / noteLength);
                    double pad = 0.25 * Math.sin(2 * Math.PI * root / 2 * t) * (0.6 + 0.4 * Math.sin(t * 0.7));
                    double fade = Math.min(1, Math.min(t / 2, (SECONDS - t) / 3));
                    double left = fade * (0.5 * pluck * Math.sin(2 * Math.PI * frequency * t) + pad);
                    double right = fade * (0.5 * pluck * Math.sin(2 * Math.PI * frequency * 1.5 * t) + pad);
                    pcm.putShort((short) (left * 20000)).putShort((short) (right * 20000));
                }
                encoder.encode(pcm.flip(), count);
            }
            encoder.finish();
        }
    }

    /** Title, artist, album, genre, year and a cover, written with jaudiotagger as a tagging program would. */
    private static void tag(Path mp3, DemoWork work, DemoArtist artist) throws IOException {
        Logger.getLogger("org.jaudiotagger").setLevel(Level.WARNING);
        try {
            var file = AudioFileIO.read(mp3.toFile());
            var tag = file.getTagOrCreateAndSetDefault();
            tag.setField(FieldKey.TITLE, work.title());
            tag.setField(FieldKey.ARTIST, work.artist());
            if (work.album() != null) {
                tag.setField(FieldKey.ALBUM, work.album());
            }
            tag.setField(FieldKey.GENRE, artist.genre());
            tag.setField(FieldKey.YEAR, Integer.toString(work.year()));
            var artwork = ArtworkFactory.getNew();
            artwork.setBinaryData(cover(work, artist));
            artwork.setMimeType("image/jpeg");
            artwork.setPictureType(3); // front cover
            tag.setField(artwork);
            file.commit();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Cannot tag a demo master", e);
        }
    }

    static byte[] cover(DemoWork work, DemoArtist artist) {
        int size = 500;
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int turn = Math.abs(work.title().hashCode()) % size;
            g.setPaint(new GradientPaint(0, turn, artist.from(), size, size - turn, artist.to()));
            g.fillRect(0, 0, size, size);
            g.setColor(new Color(255, 255, 255, 40));
            for (int ring = 0; ring < 6; ring++) {
                int r = 60 + ring * 45 + turn % 30;
                g.drawOval(size - r / 2 - 80, 80 - r / 2, r, r);
            }
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 38));
            g.drawString(work.title(), 32, size - 80);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
            g.drawString(work.artist(), 32, size - 40);
        } finally {
            g.dispose();
        }
        var jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }

    private DemoCatalogue self() {
        return context.getBusinessObject(DemoCatalogue.class);
    }
}
