package io.backbeat.upload;

import io.backbeat.catalog.Work;
import io.backbeat.catalog.WorkState;
import io.backbeat.content.ContentStore;
import io.backbeat.content.ImageTypes;
import io.backbeat.media.MasterCheck;
import io.backbeat.media.NotAudioException;
import io.backbeat.media.QaReport;
import io.backbeat.media.Transcoder;
import io.backbeat.media.Waveform;
import io.backbeat.platform.Queues;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The upload pipeline's steps, called by the workers for each delivery of a message: check the master, then
 * transcode it. Every step is idempotent. A step looks at the work's state first and does nothing if a previous
 * delivery already finished it; what it writes to the content store is named by its hash, so doing it again after
 * a crash writes the same file, never a second one; its result, its state change and the next message commit
 * together with the delivery. A step that throws is redelivered by the broker with a growing delay, and after the
 * last attempt the dead-letter listener marks the work FAILED with the last error.
 */
@Stateless
@PermitAll
public class Pipeline {

    public static final String CHECK = "upload-check";
    public static final String TRANSCODE = "upload-transcode";

    static final int WAVEFORM_WIDTH = 1200;
    static final int WAVEFORM_HEIGHT = 140;
    static final int MAX_COVER_BYTES = 5 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(Pipeline.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = Queues.TRANSCODES)
    Queue transcodes;

    @Resource
    SessionContext context;

    @Inject
    ContentStore store;

    private final Clock clock = Clock.systemUTC();

    static void send(JMSContext jms, Queue queue, String kind, long workId) {
        jms.createProducer().setProperty(Queues.KIND, kind).send(queue, Long.toString(workId));
    }

    /** Checks a received master: REJECTED with its reason, or on to the transcoder. */
    public void check(long workId) {
        Upload upload = require(workId);
        Work work = upload.work();
        if (work.state() == WorkState.RECEIVED) {
            self().started(workId);
        } else if (work.state() != WorkState.CHECKING) {
            return;
        }
        try {
            QaReport report = MasterCheck.check(store.file(upload.masterContent()));
            upload.checked(report, clock.instant());
            report.verdict().ifPresentOrElse(rejection -> work.reject(rejection.message()), () -> {
                work.transcoding((int) Math.round(report.seconds()));
                send(jms, transcodes, TRANSCODE, workId);
            });
        } catch (IOException | RuntimeException e) {
            throw failed(workId, e);
        }
    }

    /** Makes the preview, the waveform, the cover and (for lossless masters) the sold MP3, then puts it on sale. */
    public void transcode(long workId) {
        Upload upload = require(workId);
        Work work = upload.work();
        if (work.state() != WorkState.TRANSCODING) {
            return;
        }
        Path temporary = null;
        try {
            Path master = store.file(upload.masterContent());
            temporary = store.scratch(".mp3");
            Waveform waveform = Transcoder.preview(master, temporary);
            String preview = put(Files.newInputStream(temporary));
            String sold = upload.masterContent();
            if (upload.qa().lossless()) {
                Transcoder.highQuality(master, temporary);
                sold = put(Files.newInputStream(temporary));
            }
            String picture = put(new ByteArrayInputStream(waveform.png(WAVEFORM_WIDTH, WAVEFORM_HEIGHT)));
            Optional<byte[]> cover = Transcoder.coverArt(master).filter(bytes -> bytes.length <= MAX_COVER_BYTES);
            String coverType = cover.map(bytes -> ImageTypes.sniff(Arrays.copyOf(bytes, ImageTypes.HEAD_BYTES)))
                    .orElse(null);
            String coverId = coverType == null ? null : put(new ByteArrayInputStream(cover.get()));
            work.publish(new Work.Media(preview, sold, picture, coverId, coverType), clock.instant());
            upload.touched(clock.instant());
        } catch (IOException | NotAudioException | RuntimeException e) {
            throw failed(workId, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Makes the checker's start visible at once, while it works. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(long workId) {
        Upload upload = require(workId);
        upload.work().checking();
        upload.touched(clock.instant());
    }

    /** Remembers why an attempt failed; it survives the failed delivery's rollback. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attemptFailed(long workId, String error) {
        Optional.ofNullable(em.find(Upload.class, workId)).ifPresent(u -> u.failedAttempt(error, clock.instant()));
    }

    /** The broker gave up on this work's message: it ends FAILED with the last error, for an administrator. */
    public void deadLettered(long workId) {
        Upload upload = em.find(Upload.class, workId);
        if (upload == null || upload.work().state() == WorkState.AVAILABLE
                || upload.work().state() == WorkState.REJECTED) {
            return;
        }
        upload.work().fail(upload.lastError() == null ? "The pipeline gave up on it." : upload.lastError());
        upload.touched(clock.instant());
    }

    private RuntimeException failed(long workId, Exception e) {
        LOG.warning(() -> "Upload " + workId + ": " + e);
        self().attemptFailed(workId, e.getClass().getSimpleName() + ": " + e.getMessage());
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }

    private String put(InputStream in) throws IOException {
        try (in) {
            return store.put(in, Long.MAX_VALUE).sha256();
        }
    }

    private Upload require(long workId) {
        Upload upload = em.find(Upload.class, workId);
        if (upload == null) {
            throw new IllegalStateException("No upload " + workId + ": its row must commit with its message");
        }
        return upload;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning(() -> "Cannot delete " + file + ": " + e);
            }
        }
    }

    private Pipeline self() {
        return context.getBusinessObject(Pipeline.class);
    }
}
