package io.backbeat.player.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.delivery.SealedPurchase;
import io.backbeat.delivery.StreamTicket;
import io.backbeat.delivery.TamperedException;
import io.backbeat.keys.PlayerKeys;
import io.backbeat.keys.PublicKeys;
import io.backbeat.keys.WrongPassphraseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The player's keys and its library of encrypted purchases, with no store in sight (as when playing offline). */
class PurchaseLibraryTest {

    private static final char[] PASSPHRASE = "kitchen laptop passphrase".toCharArray();
    private static final char[] STORE_PASSPHRASE = "store".toCharArray();
    private static PGPSecretKeyRing store;

    @TempDir
    Path folder;

    private String registeredKey;

    @BeforeAll
    static void theStoresKey() {
        store = PlayerKeys.generate("Test store", STORE_PASSPHRASE, 2048);
    }

    @Test
    void aNewPlayerKeepsItsKeyLockedAndTicketsAreSignedWithIt() throws Exception {
        var keyring = new PlayerKeyring(folder.resolve("data"));
        assertThat(keyring.exists()).isFalse();

        String publicKey = keyring.create("Kitchen laptop", PASSPHRASE);

        assertThat(keyring.exists()).isTrue();
        assertThat(Files.getPosixFilePermissions(folder.resolve("data/player-key.asc"))).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        var registered = PublicKeys.check(publicKey.getBytes(StandardCharsets.US_ASCII));
        var unlocked = keyring.unlock(PASSPHRASE);
        assertThat(unlocked.fingerprint()).isEqualTo(registered.fingerprint());
        assertThat(StreamTicket.parse(unlocked.ticket(7)).signedBy(registered.signing())).isTrue();
        assertThatThrownBy(() -> keyring.unlock("wrong".toCharArray())).isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void aPurchaseIsKeptEncryptedAndOpensOfflineWithThisPlayersKey() throws Exception {
        var unlocked = registeredPlayer();
        byte[] master = bytes(500_000);
        var library = new PurchaseLibrary(folder.resolve("library"));

        Path kept = library.store(12, new ByteArrayInputStream(sealed(master, unlocked, 12)), unlocked);

        assertThat(Files.readAllBytes(kept)).isNotEqualTo(master).hasSizeGreaterThan(master.length);
        assertThat(library.licences()).containsExactly(12L);
        assertThat(library.open(12, unlocked).content()).isEqualTo(master);
    }

    @Test
    void anAlteredDownloadIsRefusedAndNotKept() throws Exception {
        var unlocked = registeredPlayer();
        byte[] sealed = sealed(bytes(100_000), unlocked, 13);
        sealed[sealed.length / 3] ^= 0x40;
        var library = new PurchaseLibrary(folder.resolve("library"));

        assertThatThrownBy(() -> library.store(13, new ByteArrayInputStream(sealed), unlocked))
                .isInstanceOf(TamperedException.class);
        assertThat(library.licences()).isEmpty();
        try (var left = Files.list(folder.resolve("library"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileAlteredOnDiskLaterDoesNotPlay() throws Exception {
        var unlocked = registeredPlayer();
        var library = new PurchaseLibrary(folder.resolve("library"));
        Path kept = library.store(14, new ByteArrayInputStream(sealed(bytes(50_000), unlocked, 14)), unlocked);
        byte[] onDisk = Files.readAllBytes(kept);
        onDisk[onDisk.length - 30] ^= 0x01;
        Files.write(kept, onDisk);

        assertThatThrownBy(() -> library.open(14, unlocked)).isInstanceOf(TamperedException.class);
    }

    @Test
    void aPersonalisedPlayersZipImportsWithItsPassphraseOnly() throws Exception {
        PGPSecretKeyRing made = PlayerKeys.generate("Personalised", PASSPHRASE, 2048);
        byte[] zip = zip("backbeat-player-key.asc", PlayerKeys.armor(made),
                "backbeat-store-key.asc", PlayerKeys.armor(PlayerKeys.publicRing(store)),
                "backbeat-player.properties", "server=https://store.example:8443/\nplayer=3\n");
        var keyring = new PlayerKeyring(folder.resolve("data"));

        assertThatThrownBy(() -> keyring.importBundle(new ByteArrayInputStream(zip), "wrong".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(keyring.exists()).isFalse();
        assertThat(keyring.importBundle(new ByteArrayInputStream(zip), PASSPHRASE)).contains("https://store.example:8443/");
        assertThat(keyring.unlock(PASSPHRASE).fingerprint()).isEqualTo(PlayerKeys.fingerprint(made.getPublicKey()));
        assertThat(keyring.unlock(PASSPHRASE).storeKey().getKeyID()).isEqualTo(store.getPublicKey().getKeyID());
        assertThatThrownBy(() -> keyring.importBundle(new ByteArrayInputStream(zip("readme.txt", "hi")), PASSPHRASE))
                .hasMessageContaining("not a personalised Backbeat player");
    }

    private PlayerKeyring.Unlocked registeredPlayer() throws Exception {
        var keyring = new PlayerKeyring(folder.resolve("data"));
        registeredKey = keyring.create("Kitchen laptop", PASSPHRASE);
        keyring.trustStoreKey(PlayerKeys.armor(PlayerKeys.publicRing(store)));
        return keyring.unlock(PASSPHRASE);
    }

    /** What the store would send this player: sealed for the key it registered. */
    private byte[] sealed(byte[] master, PlayerKeyring.Unlocked player, long licence) throws Exception {
        var recipient = PublicKeys.check(registeredKey.getBytes(StandardCharsets.US_ASCII));
        return seal(master, recipient, player.fingerprint(), licence);
    }

    private static byte[] seal(byte[] master, PublicKeys.PlayerKey recipient, String player, long licence)
            throws Exception {
        var out = new ByteArrayOutputStream();
        var signer = new SealedPurchase.Signer(PlayerKeys.signingKey(store, STORE_PASSPHRASE), store.getPublicKey());
        try (var sealing = SealedPurchase.seal(out, recipient.encryption(), signer,
                new SealedPurchase.Facts(licence, 99, player, "work-99.mp3"))) {
            sealing.write(master);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    private static byte[] zip(String... namesAndTexts) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
