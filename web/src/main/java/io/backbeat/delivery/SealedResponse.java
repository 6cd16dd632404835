package io.backbeat.delivery;

import io.backbeat.content.ContentStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How every delivery of a work goes out, a purchase or a zone's scheduled work: the sold file read from the store
 * and sealed chunk by chunk for the player ({@link SealedPurchase}); no unencrypted byte of it leaves, and none is
 * held beyond a few buffers. Encrypting (AES), hashing (SHA-1 for the integrity check, SHA-256 for the signature)
 * and TLS each cost about as much a byte, so while cores are spare each runs on a thread of its own: the sealing
 * thread encrypts, a {@link Hashing} thread hashes, and the request's thread sends. With no thread to spare, the
 * request's thread does it all.
 */
@ApplicationScoped
public class SealedResponse {

    private static final int CHUNK = 64 * 1024;
    private static final int BUFFERS = 4;
    /** Masters whose signature hash is kept after a sale: some hundred bytes each. */
    private static final int KNOWN_MASTERS = 4096;
    private static final Logger LOG = Logger.getLogger(SealedResponse.class.getName());

    @Inject
    ContentStore store;

    @Inject
    ActiveStreams streams;

    @Resource
    ManagedThreadFactory threads;

    private final ContentDigests digests = new ContentDigests(KNOWN_MASTERS);

    private ThreadPoolExecutor sealers;

    @PostConstruct
    void start() {
        // No queue: a sealing that finds no idle thread runs on the request's own thread instead of waiting.
        sealers = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), threads);
    }

    @PreDestroy
    void stop() {
        sealers.shutdownNow();
    }

    /**
     * Sends {@code delivery} sealed as the body of {@code response}; {@code kind} counts it on /metrics. A player
     * that goes away ends it quietly; a failure to read or seal the file cuts the response short, so the player
     * never gets a message that looks whole.
     */
    public void send(Deliveries.Delivery delivery, HttpServletResponse response, String kind) throws IOException {
        response.setContentType("application/octet-stream");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + delivery.facts().fileName() + ".gpg\"");
        try (var counted = streams.open(kind)) {
            SeekableByteChannel master = store.open(delivery.content());
            var handoff = new Handoff(CHUNK, BUFFERS);
            Future<?> sealing = startSealing(() -> {
                try (master; var hashing = Hashing.on(sealers)) {
                    OutputStream sealed = handoff.input();
                    seal(delivery, master, sealed, hashing);
                    sealed.close();
                } catch (IOException | RuntimeException e) {
                    handoff.fail(e instanceof SealingFailedException failed ? failed
                            : new SealingFailedException(delivery, e));
                }
            });
            if (sealing != null) {
                try {
                    handoff.drainTo(response.getOutputStream());
                } finally {
                    awaitEnd(sealing, delivery);
                }
            } else {
                try (master; var hashing = Hashing.on(sealers)) {
                    seal(delivery, master, response.getOutputStream(), hashing);
                }
            }
        } catch (SealingFailedException e) {
            throw e;
        } catch (IOException e) {
            if (!response.isCommitted()) {
                throw e;
            }
            // The player went away mid-download (it fetches again with a new ticket); nothing to answer or log.
            LOG.fine(() -> "Download of work " + delivery.facts().work() + " stopped: " + e);
        }
    }

    /** The sealing under way on a thread of its own, or null when every sealing thread is busy. */
    private Future<?> startSealing(Runnable sealing) {
        try {
            return sealers.submit(sealing);
        } catch (RejectedExecutionException everyThreadBusy) {
            return null;
        }
    }

    /**
     * Waits for the sealing thread to let go of the file, which it does at once when the player hung up: the
     * download is counted on /metrics until then.
     */
    private static void awaitEnd(Future<?> sealing, Deliveries.Delivery delivery) {
        try {
            sealing.get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "Sealing work " + delivery.facts().work() + " did not end cleanly", e);
        }
    }

    /**
     * Seals all of {@code master} into {@code out}. The signature and integrity check are written only once the last
     * byte is in: a read that fails leaves the message unfinished, never signed short.
     */
    private void seal(Deliveries.Delivery delivery, ReadableByteChannel master, OutputStream out, Hashing hashing)
            throws IOException {
        OutputStream sealed = SealedPurchase.seal(out, delivery.recipient(), delivery.signer(), delivery.facts(),
                hashing, digests.of(delivery.content()));
        var buffer = ByteBuffer.allocate(CHUNK);
        while (true) {
            int read;
            try {
                read = master.read(buffer.clear());
            } catch (IOException e) {
                throw new SealingFailedException(delivery, e);
            }
            if (read < 0) {
                break;
            }
            sealed.write(buffer.array(), 0, buffer.position());
        }
        sealed.close();
    }

    /** The server could not read or seal the file: not the player's doing, and the response must not end well. */
    private static final class SealingFailedException extends IOException {
        SealingFailedException(Deliveries.Delivery delivery, Exception cause) {
            super("Work " + delivery.facts().work() + " could not be read or sealed: " + cause.getMessage(), cause);
        }
    }
}
