package io.backbeat.delivery;

import io.backbeat.keys.PlayerKeys;
import io.backbeat.keys.StoreKey;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The store's public key at a well-known address, for players (and gpg) to check what the store signs. */
@WebServlet(urlPatterns = PlayerKeys.STORE_KEY_PATH)
public class StoreKeyServlet extends HttpServlet {

    @EJB
    StoreKey storeKey;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/pgp-keys");
        response.setCharacterEncoding("US-ASCII");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write(storeKey.publicKey());
    }
}
