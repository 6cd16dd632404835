package io.backbeat.delivery;

import io.backbeat.api.Problem;
import io.backbeat.catalog.Catalog;
import io.backbeat.catalog.NotInCatalogException;
import io.backbeat.catalog.PendingPlays;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code GET /stream/preview/{work}}: the low-quality preview anyone may hear. {@code no-store}, because the
 * player keeps previews in memory only and no cache should keep them either. Each address may start
 * {@link PreviewLimit} listens a minute.
 * <p>
 * Served ahead of the servlets ({@link PreviewRoute}), on the connection's I/O thread: a preview needs no login,
 * session, CDI request or servlet, and handing each request to a worker thread and back cost more than the rest of
 * its Java work. Nothing here blocks: the work's preview and its file are remembered ({@link PreviewLookups},
 * {@link OpenContent}), and only a work not looked up lately goes to a worker thread for its query. The bytes go
 * out with non-blocking I/O ({@link PreviewStream}): thousands of listeners reading at the preview's real-time rate
 * hold no thread, and one that disconnects is released at once.
 */
@ApplicationScoped
public class Previews {

    static final String PATH = "/stream/preview";

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

    /** Where {@link PreviewRoute}, which Undertow makes and CDI does not, finds this. */
    void publish(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        context.setAttribute(Previews.class.getName(), this);
    }

    /** Whether a request path within the application is this resource's, valid or not. */
    static boolean isFor(String path) {
        return path.startsWith(PATH) && (path.length() == PATH.length() || path.charAt(PATH.length()) == '/');
    }

    /** Answers a request {@link #isFor} this resource; on the I/O thread, without blocking. */
    void serve(HttpServerExchange exchange) {
        if (!exchange.getRequestMethod().equals(Methods.GET) && !exchange.getRequestMethod().equals(Methods.HEAD)) {
            exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
            Problem.of(Status.METHOD_NOT_ALLOWED, "method-not-allowed", "A preview is read with GET (or HEAD).")
                    .send(exchange);
            return;
        }
        String path = exchange.getRelativePath();
        long work;
        try {
            work = Long.parseLong(path.length() > PATH.length() ? path.substring(PATH.length() + 1) : "");
        } catch (NumberFormatException e) {
            Problem.of(Status.NOT_FOUND, "work-not-found", "A preview is " + PATH + "/{work id}, a number.")
                    .send(exchange);
            return;
        }
        String address = exchange.getSourceAddress().getAddress().getHostAddress();
        boolean range = exchange.getRequestHeaders().contains(Headers.RANGE);
        long retryAfter = limit.admit(address, work, range);
        if (retryAfter > 0) {
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, retryAfter);
            Problem.of(Status.TOO_MANY_REQUESTS, "too-many-previews", "This address started more than "
                            + limit.perMinute() + " previews in a minute; try again in " + retryAfter + " s.")
                    .with("retryAfterSeconds", retryAfter).send(exchange);
            return;
        }
        Catalog.Content known = lookups.known(work);
        if (known != null) {
            send(exchange, work, known);
        } else {
            // As a handler, not a Runnable: Undertow then ends the exchange, or answers 500, when it returns.
            exchange.dispatch(onWorker -> lookUpAndSend(onWorker, work));
        }
    }

    /** On a worker thread: the catalogue's query may block. */
    private void lookUpAndSend(HttpServerExchange exchange, long work) {
        Catalog.Content preview;
        try {
            preview = lookups.preview(work);
        } catch (NotInCatalogException e) {
            Problem.of(e).send(exchange);
            return;
        }
        send(exchange, work, preview);
    }

    private void send(HttpServerExchange exchange, long work, Catalog.Content preview) {
        OpenContent.Blob blob;
        try {
            blob = content.open(preview.id());
        } catch (IOException e) {
            throw new UncheckedIOException("Preview " + preview.id() + " of work " + work + " cannot be read", e);
        }
        var part = ContentResponse.prepare(preview.id(), blob.mapping().capacity(), preview.mediaType(), "no-store",
                ContentResponse.Http.of(exchange));
        if (part == null) {
            // Complete without a body (304, 416, HEAD): an empty one, not the page Undertow writes for a bare 4xx.
            exchange.getResponseSender().close();
            return;
        }
        Runnable counting = part.whole() ? () -> plays.count(work) : () -> { };
        long timeoutMillis = GRACE_MILLIS + part.count() * 1000L / MIN_BYTES_PER_SECOND;
        var counted = streams.open("preview");
        try {
            PreviewStream.start(exchange, blob, part.first(), part.count(), timeoutMillis, counting, counted);
        } catch (RuntimeException e) {
            counted.close();
            throw e;
        }
    }
}
