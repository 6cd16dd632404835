package io.backbeat.keys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a personalised player comes as: a zip the Backbeat player imports, holding its secret key (locked by the
 * customer's passphrase), the store's public key and where the store is. The store keeps none of it but the
 * player's public key.
 */
final class PlayerBundle {

    static final String SECRET_KEY = "backbeat-player-key.asc";
    static final String STORE_KEY = "backbeat-store-key.asc";
    static final String SETTINGS = "backbeat-player.properties";

    private PlayerBundle() {
    }

    static String fileName(PlayerView player) {
        return "backbeat-player-" + player.fingerprint().substring(0, 8).toLowerCase() + ".zip";
    }

    static byte[] zip(Players.Personalised made, URI store) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, SECRET_KEY, made.secretKey());
            add(zip, STORE_KEY, made.storeKey());
            add(zip, SETTINGS, "# The Backbeat player reads this when it imports the bundle.\n"
                    + "server=" + store + "\n"
                    + "player=" + made.player().id() + "\n"
                    + "fingerprint=" + made.player().fingerprint() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
