package io.backbeat.delivery;

import io.backbeat.content.ContentStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.logging.Logger;

/**
 * How every delivery of a work goes out, a purchase or a zone's scheduled work: the sold file read from the store
 * and sealed chunk by chunk for the player ({@link SealedPurchase}); no unencrypted byte of it leaves, and none is
 * held beyond one buffer.
 */
public final class SealedResponse {

    private static final int CHUNK = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(SealedResponse.class.getName());

    private SealedResponse() {
    }

    public static void send(Deliveries.Delivery delivery, HttpServletResponse response, ContentStore store,
                     ActiveStreams streams, String kind) throws IOException {
        response.setContentType("application/octet-stream");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + delivery.facts().fileName() + ".gpg\"");
        try (var counted = streams.open(kind); var master = store.open(delivery.content());
             OutputStream sealed = SealedPurchase.seal(response.getOutputStream(), delivery.recipient(),
                     delivery.signer(), delivery.facts())) {
            var buffer = ByteBuffer.allocate(CHUNK);
            while (master.read(buffer.clear()) >= 0) {
                sealed.write(buffer.array(), 0, buffer.position());
            }
        } catch (IOException e) {
            if (!response.isCommitted()) {
                throw e;
            }
            // The player went away mid-download (it fetches again with a new ticket); nothing to answer or log.
            LOG.fine(() -> "Download of work " + delivery.facts().work() + " stopped: " + e);
        }
    }
}
