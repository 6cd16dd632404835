package io.backbeat.channel;

import io.backbeat.catalog.Work;
import io.backbeat.catalog.WorkState;
import io.backbeat.content.ContentStore;
import io.backbeat.media.NotAudioException;
import io.backbeat.media.Transcoder;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Broadcast renditions: what a channel plays of a work, one format for every work (128 kb/s CBR, 44.1 kHz, audio
 * frames only; see {@link Transcoder#broadcast}) so a stream splices any two. Made from the sold file the first time
 * a broadcaster cues the work, stored by its hash and remembered on the work; later cues find it made. Broadcasters
 * ask ahead of need, on threads of their own, never a listener's.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Renditions {

    private static final Logger LOG = Logger.getLogger(Renditions.class.getName());

    /** A work ready to broadcast: who and what, for the now-playing title, and its rendition's content id. */
    public record Track(long work, String artist, String title, String rendition) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentStore store;

    @Resource
    SessionContext context;

    /**
     * The work ready to broadcast, its rendition made if it was not; empty if the work may not be broadcast (not on
     * sale, or not licensed for businesses): a channel never plays it, whatever its source asked for.
     */
    public Optional<Track> prepare(long workId) throws IOException {
        // Outside a transaction the work comes back detached: its artist is fetched with it.
        Work work = em.createQuery("SELECT w FROM Work w JOIN FETCH w.artist WHERE w.id = :id", Work.class)
                .setParameter("id", workId).getResultStream().findFirst().orElse(null);
        if (work == null || work.state() != WorkState.AVAILABLE || !work.licensedForBusiness()) {
            return Optional.empty();
        }
        String rendition = work.broadcastContent();
        if (rendition == null || !store.contains(rendition)) {
            rendition = render(workId, work.soldContent());
            self().remember(workId, rendition);
        }
        return Optional.of(new Track(workId, work.artist().name(), work.title(), rendition));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void remember(long workId, String rendition) {
        em.find(Work.class, workId).rendered(rendition);
    }

    private String render(long workId, String sold) throws IOException {
        long started = System.nanoTime();
        Path scratch = store.scratch(".mp3");
        try {
            Transcoder.broadcast(store.file(sold), scratch);
            try (InputStream in = Files.newInputStream(scratch)) {
                String id = store.put(in, Long.MAX_VALUE).sha256();
                LOG.info(() -> "Broadcast rendition of work " + workId + " made in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
                return id;
            }
        } catch (NotAudioException e) {
            throw new IOException("The sold file of work " + workId + " does not decode", e);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    private Renditions self() {
        return context.getBusinessObject(Renditions.class);
    }
}
