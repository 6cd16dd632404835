package io.backbeat.player.store.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.business.PlayBatch;
import io.backbeat.business.PlayLogException;
import io.backbeat.business.PlayRecord;
import io.backbeat.business.SignedPlay;
import io.backbeat.keys.PlayerKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayLogFileTest {

    private static final char[] PASSPHRASE = "log test".toCharArray();
    private static final PGPSecretKeyRing KEYS = PlayerKeys.generate("Log test", PASSPHRASE, 2048);
    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void recordsReadBackSignedAndChainedAndPendingFollowsWhatTheStoreConfirmed() throws Exception {
        var log = new PlayLogFile(folder, 5);
        String fingerprint = PlayerKeys.fingerprint(KEYS.getPublicKey());
        for (int i = 0; i < 3; i++) {
            log.append(sign(new PlayRecord(5, 40 + i, NINE.plusSeconds(200L * i), NINE.plusSeconds(200L * i + 180),
                    i == 0, i + 1, log.head(fingerprint))));
        }

        var again = new PlayLogFile(folder, 5);
        List<SignedPlay> all = again.all();
        assertThat(all).extracting(play -> play.play().work()).containsExactly(40L, 41L, 42L);
        new PlayBatch(fingerprint, all).verify(KEYS.getPublicKey(), 5, 1, PlayRecord.genesis(5, fingerprint));
        assertThat(again.pending()).hasSize(3);

        again.uploadedThrough(2);
        assertThat(new PlayLogFile(folder, 5).pending()).extracting(play -> play.play().sequence())
                .containsExactly(3L);
        assertThat(new PlayLogFile(folder, 6).all()).isEmpty();
    }

    @Test
    void aLineChangedOnDiskNoLongerVerifies() throws Exception {
        var log = new PlayLogFile(folder, 5);
        String fingerprint = PlayerKeys.fingerprint(KEYS.getPublicKey());
        log.append(sign(new PlayRecord(5, 40, NINE, NINE.plusSeconds(180), true, 1, log.head(fingerprint))));
        Path file = folder.resolve("zone-5-plays.jsonl");
        Files.writeString(file, Files.readString(file).replace("\"work\":40", "\"work\":41"));

        var changed = new ArrayList<>(new PlayLogFile(folder, 5).all());
        assertThatThrownBy(() -> new PlayBatch(fingerprint, changed).verify(KEYS.getPublicKey(), 5, 1,
                PlayRecord.genesis(5, fingerprint))).isInstanceOf(PlayLogException.class)
                .hasMessageContaining("not signed");
    }

    private static SignedPlay sign(PlayRecord play) throws Exception {
        PGPPrivateKey key = PlayerKeys.signingKey(KEYS, PASSPHRASE);
        return SignedPlay.sign(play, KEYS.getPublicKey(), key);
    }
}
