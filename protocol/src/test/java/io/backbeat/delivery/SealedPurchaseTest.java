package io.backbeat.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.keys.PlayerKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SealedPurchaseTest {

    private static final char[] PASSPHRASE = "correct horse".toCharArray();
    private static final SealedPurchase.Facts FACTS = new SealedPurchase.Facts(7, 42, "player-1", "work-42.mp3");
    private static PGPSecretKeyRing store;
    private static PGPSecretKeyRing player;
    private static PGPSecretKeyRing otherPlayer;

    @BeforeAll
    static void keys() {
        store = PlayerKeys.generate("Backbeat store", PASSPHRASE, 2048);
        player = PlayerKeys.generate("Backbeat player 1", PASSPHRASE, 2048);
        otherPlayer = PlayerKeys.generate("Backbeat player 2", PASSPHRASE, 2048);
    }

    @Test
    void whatIsSealedForAPlayerOpensForItWithItsFacts() throws Exception {
        byte[] master = randomBytes(3_000_017);
        byte[] sealed = seal(master, new SealedPurchase.Facts(7, 42, "player-1", "work-42.mp3"));

        var opened = SealedPurchase.open(new ByteArrayInputStream(sealed),
                PlayerKeys.decryptionKey(player, PASSPHRASE), store.getPublicKey());

        assertThat(opened.content()).isEqualTo(master);
        assertThat(opened.facts()).isEqualTo(new SealedPurchase.Facts(7, 42, "player-1", "work-42.mp3"));
        assertThat(sealed).hasSizeGreaterThan(master.length);
    }

    @Test
    void hashedOnAnotherThreadItOpensAlikeAndTheThreadEnds() throws Exception {
        byte[] master = randomBytes(2_000_003);
        var executor = Executors.newSingleThreadExecutor();
        var out = new ByteArrayOutputStream();
        var signer = new SealedPurchase.Signer(PlayerKeys.signingKey(store, PASSPHRASE), store.getPublicKey());
        try (var hashing = Hashing.on(executor);
             var sealing = SealedPurchase.seal(out, encryptionKey(), signer, FACTS, hashing,
                     ContentDigests.unknown())) {
            for (int at = 0; at < master.length; at += 100_003) {
                sealing.write(master, at, Math.min(100_003, master.length - at));
            }
        }

        var opened = SealedPurchase.open(new ByteArrayInputStream(out.toByteArray()),
                PlayerKeys.decryptionKey(player, PASSPHRASE), store.getPublicKey());
        assertThat(opened.content()).isEqualTo(master);
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).as("the hashing thread ended").isTrue();
    }

    @Test
    void aMasterSoldAgainIsSignedFromTheHashItsFirstSaleKeptAndOpensAlike() throws Exception {
        byte[] master = randomBytes(1_500_007);
        var digests = new ContentDigests(8);
        var second = new SealedPurchase.Facts(8, 42, "player-1", "work-42.mp3");

        seal(master, FACTS, digests.of("master"));
        assertThat(digests.of("master").known()).as("kept after a whole sealing").isPresent();
        byte[] again = seal(master, second, digests.of("master"));

        var opened = SealedPurchase.open(new ByteArrayInputStream(again),
                PlayerKeys.decryptionKey(player, PASSPHRASE), store.getPublicKey());
        assertThat(opened.content()).isEqualTo(master);
        assertThat(opened.facts()).isEqualTo(second);
    }

    /** The kept hash is what the signature covers: under another master's name, it signs what was not sent. */
    @Test
    void theKeptHashIsWhatTheSignatureCovers() throws Exception {
        var digests = new ContentDigests(8);
        seal(randomBytes(300_001), FACTS, digests.of("master"));

        byte[] other = seal(randomBytes(300_002), FACTS, digests.of("master"));

        assertThatThrownBy(() -> SealedPurchase.open(new ByteArrayInputStream(other),
                PlayerKeys.decryptionKey(player, PASSPHRASE), store.getPublicKey()))
                .isInstanceOf(TamperedException.class).hasMessageContaining("signature does not match");
    }

    @Test
    void aSealingLeftUnfinishedKeepsNothingAndTheLeastRecentMasterIsForgotten() throws Exception {
        var digests = new ContentDigests(2);
        var signer = new SealedPurchase.Signer(PlayerKeys.signingKey(store, PASSPHRASE), store.getPublicKey());
        OutputStream unfinished = SealedPurchase.seal(new ByteArrayOutputStream(), encryptionKey(), signer, FACTS,
                Hashing.inline(), digests.of("cut-off"));
        unfinished.write(randomBytes(10_000));
        assertThat(digests.of("cut-off").known()).isEmpty();

        for (String name : new String[] {"a", "b", "c"}) {
            seal(randomBytes(1_000), FACTS, digests.of(name));
        }
        assertThat(digests.of("a").known()).isEmpty();
        assertThat(digests.of("b").known()).isPresent();
        assertThat(digests.of("c").known()).isPresent();
    }

    @Test
    void anotherPlayersKeyCannotOpenIt() throws Exception {
        byte[] sealed = seal(randomBytes(10_000), new SealedPurchase.Facts(7, 42, "player-1", "work-42.mp3"));

        assertThatThrownBy(() -> SealedPurchase.open(new ByteArrayInputStream(sealed),
                PlayerKeys.decryptionKey(otherPlayer, PASSPHRASE), store.getPublicKey()))
                .isInstanceOf(TamperedException.class).hasMessageContaining("another player");
    }

    @Test
    void oneAlteredByteIsCaught() throws Exception {
        byte[] sealed = seal(randomBytes(200_000), new SealedPurchase.Facts(7, 42, "player-1", "work-42.mp3"));
        sealed[sealed.length / 2] ^= 0x01;

        assertThatThrownBy(() -> SealedPurchase.open(new ByteArrayInputStream(sealed),
                PlayerKeys.decryptionKey(player, PASSPHRASE), store.getPublicKey()))
                .isInstanceOf(TamperedException.class);
    }

    @Test
    void aSignatureByAnotherKeyThanTheStoresIsRefused() throws Exception {
        byte[] sealed = seal(randomBytes(1_000), new SealedPurchase.Facts(7, 42, "player-1", "work-42.mp3"));

        assertThatThrownBy(() -> SealedPurchase.open(new ByteArrayInputStream(sealed),
                PlayerKeys.decryptionKey(player, PASSPHRASE), otherPlayer.getPublicKey()))
                .isInstanceOf(TamperedException.class).hasMessageContaining("another key");
    }

    @Test
    void ticketsAreSignedByThePlayerAndCarryWhatTheyName() throws Exception {
        String text = StreamTicket.issue(7, player.getPublicKey(), PlayerKeys.signingKey(player, PASSPHRASE));

        StreamTicket ticket = StreamTicket.parse(text);

        assertThat(ticket.subject()).isEqualTo(StreamTicket.licence(7)).isEqualTo("7");
        assertThat(ticket.player()).isEqualTo(PlayerKeys.fingerprint(player.getPublicKey()));
        assertThat(ticket.signedBy(player.getPublicKey())).isTrue();
        assertThat(ticket.signedBy(otherPlayer.getPublicKey())).isFalse();
        assertThat(StreamTicket.parse(StreamTicket.issue(7, player.getPublicKey(),
                PlayerKeys.signingKey(player, PASSPHRASE))).nonce()).isNotEqualTo(ticket.nonce());
        assertThat(StreamTicket.parse(StreamTicket.issue(StreamTicket.zone(7), player.getPublicKey(),
                PlayerKeys.signingKey(player, PASSPHRASE))).subject()).isEqualTo("zone-7");
    }

    @Test
    void aTicketWithAnEditedPayloadNoLongerVerifies() throws Exception {
        String text = StreamTicket.issue(7, player.getPublicKey(), PlayerKeys.signingKey(player, PASSPHRASE));
        StreamTicket ticket = StreamTicket.parse(text);
        String forged = new String(ticket.payload()).replaceFirst("v1 7 ", "v1 8 ");
        String forgedText = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes())
                + text.substring(text.indexOf('.'));

        assertThat(StreamTicket.parse(forgedText).signedBy(player.getPublicKey())).isFalse();
    }

    @Test
    void malformedTicketsAreRefusedWithTheReason() {
        for (String junk : new String[] {"", "abc", "a.b.c", "djE.AAAA", "!!!.???"}) {
            assertThatThrownBy(() -> StreamTicket.parse(junk)).isInstanceOf(InvalidTicketException.class)
                    .hasMessageContaining(StreamTicket.HEADER);
        }
    }

    private static byte[] seal(byte[] master, SealedPurchase.Facts facts) throws Exception {
        return seal(master, facts, ContentDigests.unknown());
    }

    private static byte[] seal(byte[] master, SealedPurchase.Facts facts, ContentDigests.Master known)
            throws Exception {
        var out = new ByteArrayOutputStream();
        var signer = new SealedPurchase.Signer(PlayerKeys.signingKey(store, PASSPHRASE), store.getPublicKey());
        try (var sealing = SealedPurchase.seal(out, encryptionKey(), signer, facts, Hashing.inline(), known)) {
            for (int at = 0; at < master.length; at += 8191) {
                sealing.write(master, at, Math.min(8191, master.length - at));
            }
        }
        return out.toByteArray();
    }

    private static org.bouncycastle.openpgp.PGPPublicKey encryptionKey() throws IOException {
        try {
            return io.backbeat.keys.PublicKeys.check(PlayerKeys.armor(PlayerKeys.publicRing(player)).getBytes())
                    .encryption();
        } catch (io.backbeat.keys.UnusableKeyException e) {
            throw new IOException(e);
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
