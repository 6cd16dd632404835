package io.backbeat.delivery;

import io.backbeat.catalog.Catalog;
import io.backbeat.catalog.NotInCatalogException;
import io.backbeat.content.ContentStore;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /stream/preview/{work}}: the low-quality preview anyone may hear. {@code no-store}, because the
 * player keeps previews in memory only and no cache should keep them either.
 */
@WebServlet(urlPatterns = "/stream/preview/*")
public class PreviewServlet extends HttpServlet {

    @EJB
    Catalog catalog;

    @Inject
    ContentStore store;

    @Inject
    ActiveStreams streams;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long work;
        try {
            work = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "A preview is /stream/preview/{work id}.");
            return;
        }
        Catalog.Content preview;
        try {
            preview = catalog.preview(work);
        } catch (NotInCatalogException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        boolean newListener;
        try (var counted = streams.open("preview")) {
            newListener = ContentResponse.send(store, preview.id(), preview.mediaType(), "no-store", request, response);
        }
        if (newListener) {
            catalog.countPlay(work);
        }
    }
}
