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
 * Pictures: {@code /pictures/artist/{id}} (an artist's picture), {@code /pictures/cover/{work}} (the cover art its
 * tags carried) and {@code /pictures/waveform/{work}}. The ETag is the content hash, so caches revalidate cheaply.
 */
@WebServlet(urlPatterns = {"/pictures/artist/*", "/pictures/cover/*", "/pictures/waveform/*"})
public class PictureServlet extends HttpServlet {

    @EJB
    Catalog catalog;

    @Inject
    ContentStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
            Catalog.Content picture = switch (request.getServletPath()) {
                case "/pictures/cover" -> catalog.cover(id);
                case "/pictures/waveform" -> catalog.waveform(id);
                default -> catalog.picture(id);
            };
            response.setHeader("X-Content-Type-Options", "nosniff");
            ContentResponse.send(store, picture.id(), picture.mediaType(), "public, max-age=3600", request, response);
        } catch (NumberFormatException | NotInCatalogException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
