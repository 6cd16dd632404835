package io.backbeat.delivery;

import io.backbeat.account.Role;
import io.backbeat.api.Problem;
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
 * {@code GET /stream/purchase/{licence}}: a bought work, sealed as it streams for the registered player that asks
 * (see {@link SealedPurchase}, {@link SealedResponse}). HTTPS only; the customer's credentials and the player's
 * {@value StreamTicket#HEADER} on every request.
 */
@WebServlet(urlPatterns = "/stream/purchase/*")
public class PurchaseStreamServlet extends HttpServlet {

    @EJB
    Deliveries deliveries;

    @Inject
    SealedResponse sealed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!request.isSecure()) {
            Problem.of(Status.FORBIDDEN, "https-required", "Purchases are delivered over HTTPS only.")
                    .send(response);
            return;
        }
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Backbeat\"");
            Problem.of(Status.UNAUTHORIZED, "unauthorized", "Sign in as the customer who bought the work.")
                    .send(response);
            return;
        }
        if (!request.isUserInRole(Role.CUSTOMER_NAME)) {
            Problem.of(Status.FORBIDDEN, "customers-only", "Only the customer who bought a work downloads it.")
                    .send(response);
            return;
        }
        long licence;
        try {
            licence = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            Problem.of(Status.NOT_FOUND, "licence-not-found", "A purchase is /stream/purchase/{licence id}.")
                    .send(response);
            return;
        }
        Deliveries.Delivery delivery;
        try {
            delivery = deliveries.authorize(request.getUserPrincipal().getName(), licence,
                    request.getHeader(StreamTicket.HEADER));
        } catch (Refusal refusal) {
            Problem.of(refusal).send(response);
            return;
        }
        sealed.send(delivery, response, "purchase");
    }
}
