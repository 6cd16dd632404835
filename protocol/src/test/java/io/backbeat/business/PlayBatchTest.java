package io.backbeat.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.keys.PlayerKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlayBatchTest {

    private static final char[] PASSPHRASE = "correct horse".toCharArray();
    private static final long ZONE = 7;
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    private static PGPPublicKey key;
    private static PGPPrivateKey signing;
    private static PGPPublicKey otherKey;
    private static PGPPrivateKey otherSigning;
    private static String genesis;

    @BeforeAll
    static void keys() throws Exception {
        PGPSecretKeyRing ring = PlayerKeys.generate("Venue player", PASSPHRASE, 2048);
        key = ring.getPublicKey();
        signing = PlayerKeys.signingKey(ring, PASSPHRASE);
        PGPSecretKeyRing other = PlayerKeys.generate("Another player", PASSPHRASE, 2048);
        otherKey = other.getPublicKey();
        otherSigning = PlayerKeys.signingKey(other, PASSPHRASE);
        genesis = PlayRecord.genesis(ZONE, PlayerKeys.fingerprint(key));
    }

    /** Records 1..n of zone {@link #ZONE}, three minutes each, chained and signed by {@code by}. */
    private static List<SignedPlay> chain(int n, PGPPublicKey by, PGPPrivateKey with) {
        var plays = new ArrayList<SignedPlay>();
        String previous = genesis;
        for (int i = 1; i <= n; i++) {
            Instant start = T0.plus(Duration.ofMinutes(3L * i));
            var play = new PlayRecord(ZONE, 100 + i, start, start.plusSeconds(170), i % 2 == 0, i, previous);
            plays.add(SignedPlay.sign(play, by, with));
            previous = play.hash();
        }
        return plays;
    }

    private static PlayBatch batch(List<SignedPlay> plays) {
        return new PlayBatch(PlayerKeys.fingerprint(key), plays);
    }

    private static String code(ThrowingVerify verify) {
        try {
            verify.run();
        } catch (PlayLogException e) {
            return e.code();
        }
        return "accepted";
    }

    private interface ThrowingVerify {
        void run() throws PlayLogException;
    }

    @Test
    void aChainSignedByThePlayerVerifiesWholeAndInTwoBatches() {
        List<SignedPlay> plays = chain(5, key, signing);

        assertThatCode(() -> batch(plays).verify(key, ZONE, 1, genesis)).doesNotThrowAnyException();
        assertThatCode(() -> batch(plays.subList(0, 2)).verify(key, ZONE, 1, genesis)).doesNotThrowAnyException();
        assertThatCode(() -> batch(plays.subList(2, 5)).verify(key, ZONE, 3, plays.get(1).play().hash()))
                .doesNotThrowAnyException();
    }

    @Test
    void theGenesisIsFixedPerZoneAndPlayer() {
        String fingerprint = PlayerKeys.fingerprint(key);

        assertThat(PlayRecord.genesis(ZONE, fingerprint)).isEqualTo(genesis).matches("[0-9a-f]{64}");
        assertThat(PlayRecord.genesis(ZONE + 1, fingerprint)).isNotEqualTo(genesis);
        assertThat(PlayRecord.genesis(ZONE, PlayerKeys.fingerprint(otherKey))).isNotEqualTo(genesis);
        assertThat(code(() -> batch(chain(2, key, signing)).verify(key, ZONE, 1,
                PlayRecord.genesis(ZONE + 1, fingerprint)))).isEqualTo("play-chain-broken");
    }

    @Test
    void anAlteredRecordFailsEvenWhenItsLinksAreMended() {
        List<SignedPlay> plays = new ArrayList<>(chain(3, key, signing));
        PlayRecord original = plays.get(1).play();
        var longer = new PlayRecord(ZONE, original.work(), original.start(), original.end().plusSeconds(600),
                original.online(), original.sequence(), original.previous());
        plays.set(1, new SignedPlay(longer, plays.get(1).signature()));

        assertThat(code(() -> batch(plays).verify(key, ZONE, 1, genesis))).isEqualTo("play-signature-invalid");
    }

    @Test
    void aDroppedRecordBreaksTheChain() {
        List<SignedPlay> plays = new ArrayList<>(chain(3, key, signing));
        plays.remove(1);

        assertThat(code(() -> batch(plays).verify(key, ZONE, 1, genesis))).isEqualTo("play-chain-broken");
    }

    @Test
    void reorderedRecordsBreakTheChain() {
        List<SignedPlay> plays = new ArrayList<>(chain(3, key, signing));
        plays.add(0, plays.remove(1));

        assertThat(code(() -> batch(plays).verify(key, ZONE, 1, genesis))).isEqualTo("play-chain-broken");
    }

    @Test
    void aChainReSignedWithAnotherKeyFails() {
        List<SignedPlay> forged = chain(3, otherKey, otherSigning);

        assertThat(code(() -> batch(forged).verify(key, ZONE, 1, genesis))).isEqualTo("play-signature-invalid");
    }

    @Test
    void aPlayThatEndsBeforeItStartsIsRefused() {
        var play = new PlayRecord(ZONE, 1, T0, T0.minusSeconds(1), true, 1, genesis);

        assertThat(code(() -> batch(List.of(SignedPlay.sign(play, key, signing))).verify(key, ZONE, 1, genesis)))
                .isEqualTo("play-ends-before-start");
    }

    @Test
    void anInstantFinerThanAMillisecondIsRefused() {
        var play = new PlayRecord(ZONE, 1, T0.plusNanos(1), T0.plusSeconds(60), true, 1, genesis);

        assertThat(code(() -> batch(List.of(SignedPlay.sign(play, key, signing))).verify(key, ZONE, 1, genesis)))
                .isEqualTo("play-instant-too-precise");
    }

    @Test
    void anotherZonesRecordIsRefused() {
        assertThat(code(() -> batch(chain(1, key, signing)).verify(key, ZONE + 1, 1, genesis)))
                .isEqualTo("play-other-zone");
    }

    @Test
    void theCanonicalBytesNameEveryField() {
        var play = new PlayRecord(ZONE, 42, T0, T0.plusSeconds(200), false, 3, genesis);

        assertThat(new String(play.canonical(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(
                "backbeat-play v1 7 42 2026-11-30T09:00:00Z 2026-11-30T09:03:20Z offline 3 " + genesis);
        assertThat(play.hash()).matches("[0-9a-f]{64}");
        assertThatThrownBy(() -> batch(List.of()).verify(key, ZONE, 1, genesis)).isInstanceOf(PlayLogException.class);
    }
}
