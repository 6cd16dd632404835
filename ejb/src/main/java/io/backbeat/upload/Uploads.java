package io.backbeat.upload;

import io.backbeat.account.Account;
import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.catalog.Album;
import io.backbeat.catalog.Artist;
import io.backbeat.catalog.Musicians;
import io.backbeat.catalog.Work;
import io.backbeat.catalog.WorkDetails;
import io.backbeat.catalog.WorkState;
import io.backbeat.content.ContentId;
import io.backbeat.content.ContentStore;
import io.backbeat.platform.InvalidInputException;
import io.backbeat.platform.Queues;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploads from the musician's side: receiving a master and following it through the pipeline. Receiving stores
 * the bytes first, outside any transaction (a slow 300 MB upload must not hold one open), then records the work
 * RECEIVED and queues its check in one transaction: either both happen or neither.
 */
@Stateless
@RolesAllowed(Role.MUSICIAN_NAME)
public class Uploads {

    /** Content types a master may be sent as; the checker decides from the bytes what it really is. */
    public static final List<String> MASTER_TYPES = List.of("audio/mpeg", "audio/mp3", "audio/wav", "audio/x-wav",
            "audio/wave", "audio/vnd.wave", "audio/flac", "audio/x-flac", "application/octet-stream");

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = Queues.UPLOADS)
    Queue checks;

    @Resource
    SessionContext context;

    @Inject
    Validator validator;

    @Inject
    ContentStore store;

    @Inject
    Musicians musicians;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "backbeat.upload.max-bytes", defaultValue = "314572800")
    long maxBytes;

    private final Clock clock = Clock.systemUTC();

    /** The largest master accepted, in bytes (backbeat.upload.max-bytes, 300 MB unless configured). */
    @PermitAll
    public long maxBytes() {
        return maxBytes;
    }

    /** Refuses a declared content type that is not audio before a byte is read. */
    @PermitAll
    public void requireMasterType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!MASTER_TYPES.contains(type)) {
            throw new UnsupportedMasterTypeException(type.isEmpty() ? "no type" : type);
        }
    }

    /** A musician's upload under their own artist: details are checked before a byte is read. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UploadStatus accept(String email, WorkDetails details, String fileName, InputStream bytes) {
        InvalidInputException.requireValid(validator, details);
        Artist artist = musicians.artistOf(email).orElseThrow(NotMusicianException::new);
        Account uploader = accounts.require(email);
        long id = self().receive(artist.id(), uploader.id(), details, fileName, bytes);
        return self().status(email, id);
    }

    /**
     * Receives a master for an artist whose right to upload the caller has established (a musician's own artist,
     * or the demo catalogue's). Returns the new work's id.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long receive(long artistId, Long uploaderId, WorkDetails details, String fileName, InputStream bytes) {
        InvalidInputException.requireValid(validator, details);
        ContentId master;
        try {
            master = store.put(bytes, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an upload", e);
        }
        if (master.size() == 0) {
            throw new EmptyUploadException();
        }
        return self().record(artistId, uploaderId, details, displayName(fileName), master);
    }

    @PermitAll
    public long record(long artistId, Long uploaderId, WorkDetails details, String fileName, ContentId master) {
        em.createQuery("SELECT u FROM Upload u WHERE u.artistId = :artist AND u.masterContent = :master", Upload.class)
                .setParameter("artist", artistId)
                .setParameter("master", master.sha256())
                .getResultStream().findFirst().ifPresent(earlier -> {
                    throw new DuplicateUploadException(earlier.workId(), earlier.work().title(),
                            earlier.work().state().name());
                });
        Artist artist = em.find(Artist.class, artistId);
        Account uploader = uploaderId == null ? null : em.find(Account.class, uploaderId);
        var now = clock.instant();
        var work = new Work(details, artist, album(artist, details), now);
        em.persist(work);
        em.persist(new Upload(work, uploader, fileName, master.sha256(), master.size(), now));
        em.flush();
        Pipeline.send(jms, checks, Pipeline.CHECK, work.id());
        return work.id();
    }

    private Album album(Artist artist, WorkDetails details) {
        if (details.album() == null || details.album().isBlank()) {
            return null;
        }
        String title = details.album().strip();
        return em.createQuery("SELECT a FROM Album a WHERE a.artist = :artist AND LOWER(a.title) = LOWER(:title)",
                        Album.class)
                .setParameter("artist", artist)
                .setParameter("title", title)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    var album = new Album(artist, title, details.year(), clock.instant());
                    em.persist(album);
                    return album;
                });
    }

    /** One of the musician's uploads (an administrator sees any). */
    @RolesAllowed({Role.MUSICIAN_NAME, Role.ADMIN_NAME})
    public UploadStatus status(String email, long workId) {
        Upload upload = em.find(Upload.class, workId);
        if (upload == null || !context.isCallerInRole(Role.ADMIN_NAME) && !ownedBy(upload, email)) {
            throw new UploadNotFoundException(workId);
        }
        return UploadViews.status(upload);
    }

    /** The musician's uploads, newest first. */
    public List<UploadStatus> mine(String email, int limit) {
        return em.createQuery("SELECT u FROM Upload u WHERE u.work.artist.owner.email = :email"
                        + " ORDER BY u.receivedAt DESC, u.workId DESC", Upload.class)
                .setParameter("email", Account.normalise(email))
                .setMaxResults(limit)
                .getResultStream().map(UploadViews::status).toList();
    }

    /** Uploads whose pipeline gave up (the broker dead-lettered their message), oldest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<UploadStatus> failed() {
        return em.createQuery("SELECT u FROM Upload u WHERE u.work.state = :failed ORDER BY u.updatedAt", Upload.class)
                .setParameter("failed", WorkState.FAILED)
                .getResultStream().map(UploadViews::status).toList();
    }

    /** Sends a failed upload through the pipeline again, from its check. */
    @RolesAllowed(Role.ADMIN_NAME)
    public UploadStatus retry(long workId) {
        Upload upload = em.find(Upload.class, workId);
        if (upload == null) {
            throw new UploadNotFoundException(workId);
        }
        if (upload.work().state() != WorkState.FAILED) {
            throw new NotFailedException(workId, upload.work().state().name());
        }
        upload.work().retry();
        upload.retried(clock.instant());
        Pipeline.send(jms, checks, Pipeline.CHECK, workId);
        return UploadViews.status(upload);
    }

    private static boolean ownedBy(Upload upload, String email) {
        Account owner = upload.work().artist().owner();
        return owner != null && owner.email().equals(Account.normalise(email));
    }

    /** What the musician called the file, for display: no folders, no control characters, at most 255 characters. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "master";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private Uploads self() {
        return context.getBusinessObject(Uploads.class);
    }
}
