package io.backbeat.business;

import io.backbeat.api.Problem;
import io.backbeat.delivery.Deliveries;
import io.backbeat.delivery.SealedResponse;
import io.backbeat.delivery.StreamTicket;
import io.backbeat.platform.Refusal;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;

/**
 * {@code GET /stream/scheduled/{zone}/{work}}: a work the zone's timeline plays in the coming week, sealed for the
 * zone's bound player as a purchase is for its buyer (licence 0), so the venue player caches it ahead of time and
 * plays through network loss. HTTPS only; the player's {@value StreamTicket#HEADER} for {@code zone-{zone}} is its
 * only credential, as for its timeline.
 */
@WebServlet(urlPatterns = "/stream/scheduled/*")
public class ScheduledWorkServlet extends HttpServlet {

    @EJB
    ScheduledWorks works;

    @Inject
    SealedResponse sealed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!request.isSecure()) {
            Problem.of(Status.FORBIDDEN, "https-required", "Scheduled works are delivered over HTTPS only.")
                    .send(response);
            return;
        }
        String[] ids = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        long zone;
        long work;
        try {
            if (ids.length != 2) {
                throw new NumberFormatException();
            }
            zone = Long.parseLong(ids[0]);
            work = Long.parseLong(ids[1]);
        } catch (NumberFormatException e) {
            Problem.of(Status.NOT_FOUND, "work-not-scheduled", "A scheduled work is /stream/scheduled/{zone id}/"
                    + "{work id}.").send(response);
            return;
        }
        if (request.getHeader(StreamTicket.HEADER) == null) {
            Problem.of(Status.FORBIDDEN, "registered-player-required", "Scheduled works go to the zone's bound "
                    + "player only: send its " + StreamTicket.HEADER + " for zone-" + zone + ".").send(response);
            return;
        }
        Deliveries.Delivery delivery;
        try {
            delivery = works.authorize(zone, work, request.getHeader(StreamTicket.HEADER));
        } catch (Refusal refusal) {
            Problem.of(refusal).send(response);
            return;
        }
        sealed.send(delivery, response, "scheduled");
    }
}
