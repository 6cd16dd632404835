package io.backbeat.player.store;

import io.backbeat.delivery.StreamTicket;
import io.backbeat.keys.PlayerKeys;
import io.backbeat.keys.WrongPassphraseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;

/**
 * This player's own key pair, kept in its data folder as an OpenPGP secret key locked by the user's passphrase
 * ({@value #KEY_FILE}), beside the store's public key ({@value #STORE_KEY_FILE}) that checks every purchase. The
 * key pair is made here and only its public half is sent to the store, or it comes from a personalised player's zip
 * made by the store's site. Unlocked keys live in memory only.
 */
public final class PlayerKeyring {

    static final String KEY_FILE = "player-key.asc";
    static final String STORE_KEY_FILE = "store-key.asc";

    private final Path folder;

    public PlayerKeyring(Path folder) {
        this.folder = folder;
    }

    /** Whether this player has a key pair: without one it is a basic player (search, preview, local files). */
    public boolean exists() {
        return Files.isRegularFile(folder.resolve(KEY_FILE));
    }

    /** This player's key fingerprint (40 hex digits), read without the passphrase; empty for a basic player. */
    public Optional<String> fingerprint() throws IOException {
        if (!exists()) {
            return Optional.empty();
        }
        return Optional.of(PlayerKeys.fingerprint(secretRing().getPublicKey()));
    }

    /** The public half of the key pair, armored, as the store registers it; read without the passphrase. */
    public String publicKey() throws IOException {
        return PlayerKeys.armor(PlayerKeys.publicRing(secretRing()));
    }

    /** Makes this player's key pair, locked by the passphrase, and keeps it; answers the public key to register. */
    public String create(String name, char[] passphrase) throws IOException {
        PGPSecretKeyRing ring = PlayerKeys.generate("Backbeat player \"" + name + "\"", passphrase);
        write(KEY_FILE, PlayerKeys.armor(ring));
        return PlayerKeys.armor(PlayerKeys.publicRing(ring));
    }

    /** Keeps the store's public key, fetched from the store when the player registers. */
    public void trustStoreKey(String armored) throws IOException {
        PlayerKeys.readPublic(armored.getBytes(StandardCharsets.US_ASCII));
        write(STORE_KEY_FILE, armored);
    }

    /**
     * Imports the zip of a personalised player from the store's site: its key pair, the store's key and the store's
     * address (answered, so the player can use that store). The passphrase must unlock the key.
     */
    public Optional<String> importBundle(InputStream zip, char[] passphrase) throws IOException, WrongPassphraseException {
        Map<String, String> files = new HashMap<>();
        try (var in = new ZipInputStream(zip)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8));
            }
        }
        String secret = files.get("backbeat-player-key.asc");
        String store = files.get("backbeat-store-key.asc");
        if (secret == null || store == null) {
            throw new IOException("This is not a personalised Backbeat player: the zip has no player key.");
        }
        PlayerKeys.signingKey(PlayerKeys.readSecret(new ByteArrayInputStream(secret.getBytes(StandardCharsets.US_ASCII))),
                passphrase);
        write(KEY_FILE, secret);
        trustStoreKey(store);
        return Optional.ofNullable(files.get("backbeat-player.properties")).flatMap(settings -> settings.lines()
                .filter(line -> line.startsWith("server=")).map(line -> line.substring("server=".length()).strip())
                .findFirst());
    }

    /** The key pair unlocked with the passphrase, for this session. */
    public Unlocked unlock(char[] passphrase) throws IOException, WrongPassphraseException {
        PGPSecretKeyRing ring = secretRing();
        PGPPublicKey store = Files.exists(folder.resolve(STORE_KEY_FILE))
                ? PlayerKeys.readPublic(Files.readAllBytes(folder.resolve(STORE_KEY_FILE))).getPublicKey()
                : null;
        return new Unlocked(ring.getPublicKey(), PlayerKeys.signingKey(ring, passphrase),
                PlayerKeys.decryptionKey(ring, passphrase), store);
    }

    /** The unlocked keys: tickets are signed with one, purchases opened with the other and checked with the store's. */
    public record Unlocked(PGPPublicKey publicKey, PGPPrivateKey signingKey, PGPPrivateKey decryptionKey,
                           PGPPublicKey storeKey) {

        public String fingerprint() {
            return PlayerKeys.fingerprint(publicKey);
        }

        /** A fresh ticket for one download of the licence. */
        public String ticket(long licence) {
            return StreamTicket.issue(licence, publicKey, signingKey);
        }

        /** A fresh ticket for one request as the player bound to the zone. */
        public String zoneTicket(long zone) {
            return StreamTicket.issue(StreamTicket.zone(zone), publicKey, signingKey);
        }
    }

    private PGPSecretKeyRing secretRing() throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve(KEY_FILE))) {
            return PlayerKeys.readSecret(in);
        }
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, name, ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, text, StandardCharsets.US_ASCII);
        Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
