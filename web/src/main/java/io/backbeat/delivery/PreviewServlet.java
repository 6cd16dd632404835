package io.backbeat.delivery;

import io.backbeat.api.Problem;
import io.backbeat.catalog.Catalog;
import io.backbeat.catalog.NotInCatalogException;
import io.backbeat.catalog.PendingPlays;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;

/**
 * {@code GET /stream/preview/{work}}: the low-quality preview anyone may hear. {@code no-store}, because the
 * player keeps previews in memory only and no cache should keep them either. The bytes go out with non-blocking
 * I/O ({@link PreviewStream}): thousands of listeners reading at the preview's real-time rate hold no thread, and
 * one that disconnects is released at once. Each address may start {@link PreviewLimit} listens a minute.
 */
@WebServlet("/stream/preview/*")
public class PreviewServlet extends HttpServlet {

    /** A listener may read as slowly as this (a third of the preview's 3 KB/s), after a grace for pauses. */
    private static final long MIN_BYTES_PER_SECOND = 1000;
    private static final long GRACE_MILLIS = 60_000;

    @Inject
    PreviewLookups lookups;

    @Inject
    PendingPlays plays;

    @Inject
    OpenContent content;

    @Inject
    PreviewLimit limit;

    @Inject
    ActiveStreams streams;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long work;
        try {
            work = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            Problem.of(Status.NOT_FOUND, "work-not-found", "A preview is /stream/preview/{work id}, a number.")
                    .send(response);
            return;
        }
        long retryAfter = limit.admit(request.getRemoteAddr(), work, request.getHeader("Range") != null);
        if (retryAfter > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfter));
            Problem.of(Status.TOO_MANY_REQUESTS, "too-many-previews", "This address started more than "
                            + limit.perMinute() + " previews in a minute; try again in " + retryAfter + " s.")
                    .with("retryAfterSeconds", retryAfter).send(response);
            return;
        }
        Catalog.Content preview;
        try {
            preview = lookups.preview(work);
        } catch (NotInCatalogException e) {
            Problem.of(e).send(response);
            return;
        }
        OpenContent.Blob blob = content.open(preview.id());
        var part = ContentResponse.prepare(preview.id(), blob.mapping().capacity(), preview.mediaType(),
                "no-store", request, response);
        if (part == null) {
            return;
        }
        Runnable counting = part.whole() ? () -> plays.count(work) : () -> { };
        long timeoutMillis = GRACE_MILLIS + part.count() * 1000L / MIN_BYTES_PER_SECOND;
        var counted = streams.open("preview");
        try {
            PreviewStream.start(blob, part.first(), part.count(), timeoutMillis, counting, counted);
        } catch (RuntimeException e) {
            counted.close();
            throw e;
        }
    }
}
