package io.backbeat.channel;

import io.backbeat.account.Role;
import io.backbeat.api.Problem;
import io.backbeat.business.Schedules;
import io.backbeat.business.Zone;
import io.backbeat.business.ZoneView;
import io.backbeat.business.Zones;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /stream/zone/{id}}: a zone's schedule as an endless stream, the same ICY stream as a channel's, so a
 * venue's player or any radio device plays it. What plays at each instant, and from how far in, is the zone's
 * timeline ({@link Schedules#cue}); dead air and closed hours are silence. For the zone's manager (HTTP Basic or
 * the site's login), an admin, and the registered player bound to the zone with a fresh
 * {@value StreamTicket#HEADER} for {@code zone-{id}}; another organisation's zone is 404, like a missing one.
 */
@WebServlet(urlPatterns = "/stream/zone/*", asyncSupported = true)
public class ZoneStreamServlet extends HttpServlet {

    @EJB
    Zones zones;

    @EJB
    Schedules schedules;

    @Inject
    Broadcasts broadcasts;

    @Inject
    @ConfigProperty(name = "backbeat.channel.metaint", defaultValue = "16000")
    int metaint;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Station station = station(request, response);
        if (station != null) {
            ChannelStreamServlet.listen(station, request, response, broadcasts, metaint);
        }
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Station station = station(request, response);
        if (station != null) {
            ChannelStreamServlet.headers(station, request, response, metaint);
        }
    }

    /** The zone's station once the caller may hear it, or null once a refusal has been answered. */
    private Station station(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-cache, no-store");
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            Problem.of(Status.NOT_FOUND, "zone-not-found", "A zone's stream is /stream/zone/{zone id}.")
                    .send(response);
            return null;
        }
        String ticket = request.getHeader(StreamTicket.HEADER);
        if (ticket == null && request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Backbeat\"");
            Problem.of(Status.UNAUTHORIZED, "login-required", "Log in as the zone's manager (HTTP Basic), or send "
                    + "the bound player's " + StreamTicket.HEADER + ".").send(response);
            return null;
        }
        if (ticket == null && !request.isUserInRole(Role.ENTERPRISE_NAME) && !request.isUserInRole(Role.ADMIN_NAME)) {
            Problem.of(Status.FORBIDDEN, "forbidden", "A zone's stream is for its venue manager and the player "
                    + "bound to it.").send(response);
            return null;
        }
        ZoneView zone;
        try {
            zone = ticket != null ? zones.bound(ticket, id) : zones.get(request.getUserPrincipal().getName(), id);
        } catch (Refusal refusal) {
            Problem.of(refusal).send(response);
            return null;
        }
        return new Station(Zone.stream(id), zone.name(), "Background music", false, () -> at -> schedules.cue(id, at));
    }
}
