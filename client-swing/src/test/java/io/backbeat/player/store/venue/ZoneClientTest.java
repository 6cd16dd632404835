package io.backbeat.player.store.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.business.Heartbeat;
import io.backbeat.business.PlayBatch;
import io.backbeat.business.PlayRecord;
import io.backbeat.business.SignedPlay;
import io.backbeat.business.ZoneCommandView;
import io.backbeat.keys.PlayerKeys;
import io.backbeat.player.store.PlayLogGapException;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.StoreHttp;
import io.backbeat.player.store.StoreRefusedException;
import io.backbeat.player.testing.FakeZones;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the venue player talks to the store as its zone's player: with tickets of its own key, never a login. */
class ZoneClientTest {

    private static final char[] PASSPHRASE = "zone client".toCharArray();
    private static final PGPSecretKeyRing RING = PlayerKeys.generate("Zone client test", PASSPHRASE, 2048);
    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    private final FakeZones store = new FakeZones(5, PlayerKeys.armor(PlayerKeys.publicRing(RING)));
    private final ZoneClient client = new ZoneClient(new StoreHttp(store.address()), 5, new PlayerKeyring.Unlocked(
            RING.getPublicKey(), PlayerKeys.signingKey(RING, PASSPHRASE), PlayerKeys.decryptionKey(RING, PASSPHRASE),
            null));
    private final PlayBatch batch = new PlayBatch("AB".repeat(20), List.of(new SignedPlay(new PlayRecord(5, 40, NINE,
            NINE.plusSeconds(180), false, 7, "00".repeat(32)), "c2lnbmF0dXJl")));

    ZoneClientTest() throws Exception {
    }

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void theHeartbeatAndThePlayLogGoUpWithTheZonesTicketAndNoLogin() throws Exception {
        long skip = store.command("SKIP", null);

        var reply = client.heartbeat(new Heartbeat(40L, 1_500L, false, 80, List.of()));
        client.uploadPlays(batch);

        assertThat(reply.commands()).extracting(ZoneCommandView::id).containsExactly(skip);
        assertThat(store.heartbeats()).extracting(Heartbeat::work, Heartbeat::positionMs, Heartbeat::volume)
                .containsExactly(tuple(40L, 1_500L, 80));
        assertThat(store.plays()).isEqualTo(batch.plays());
        assertThat(store.requests()).as("accepted by the ticket check; no Authorization header")
                .containsExactly("/api/zones/5/heartbeat", "/api/zones/5/plays");
    }

    @Test
    void aGapNamesTheRecordTheStoreExpectsNext() {
        store.answerEverythingWith(409, "application/problem+json", "{\"type\": \"https://backbeat.io/problems/"
                + "play-log-gap\", \"status\": 409, \"detail\": \"The server has zone 5's log up to record 3.\", "
                + "\"expectedSequence\": 4}");

        assertThatThrownBy(() -> client.uploadPlays(batch))
                .isInstanceOfSatisfying(PlayLogGapException.class, gap -> {
                    assertThat(gap.expectedSequence()).isEqualTo(4);
                    assertThat(gap.code()).isEqualTo("play-log-gap");
                })
                .hasMessage("The server has zone 5's log up to record 3.");
    }

    @Test
    void aForkedOrBrokenLogIsARefusalWithTheStoresWords() {
        store.answerEverythingWith(409, "application/problem+json", "{\"type\": \"https://backbeat.io/problems/"
                + "play-log-forked\", \"status\": 409, \"detail\": \"Record 7 differs from the one stored.\"}");

        assertThatThrownBy(() -> client.uploadPlays(batch))
                .isExactlyInstanceOf(StoreRefusedException.class)
                .isInstanceOfSatisfying(StoreRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("play-log-forked"))
                .hasMessage("Record 7 differs from the one stored.");
    }

    @Test
    void aReceiptGivesTheChainsNewHead() throws Exception {
        store.answerEverythingWith(200, "application/json", "{\"zone\": 5, \"received\": 1, \"stored\": 1, "
                + "\"sequence\": 7, \"head\": \"ff\"}");

        assertThat(client.uploadPlays(batch).sequence()).isEqualTo(7);
        assertThat(store.requests()).containsExactly("/api/zones/5/plays");
    }
}
