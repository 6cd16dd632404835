package io.backbeat.player.model;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks what people type as a store address, so a typo is refused before the player tries to connect. */
public final class StoreAddress {

    private StoreAddress() {
    }

    /** The address as a URI with no trailing slash, or an {@link IllegalArgumentException} saying what is wrong. */
    public static URI parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid store address: " + text + " (" + e.getReason() + ")");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException(
                    "A store address starts with http:// or https://, for example " + PlayerSettings.DEFAULT_STORE
                            + ", not: " + text);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("This store address names no host: " + text);
        }
        var path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path);
    }

    /**
     * The store's HTTPS address, for pages that carry a password or a card. A plain {@code http} store on port
     * 8080 + n answers HTTPS on 8443 + n (WildFly's pair of ports, moved together by a port offset); on the default
     * port, on the default HTTPS port.
     */
    public static URI secure(URI store) {
        if ("https".equals(store.getScheme())) {
            return store;
        }
        var port = store.getPort();
        var securePort = port == -1 || port == 80 ? "" : ":" + (port >= 8080 && port < 8443 ? port + 363 : port);
        return URI.create("https://" + store.getHost() + securePort + (store.getRawPath() == null ? ""
                : store.getRawPath()));
    }
}
