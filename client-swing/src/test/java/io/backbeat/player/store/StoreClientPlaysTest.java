package io.backbeat.player.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.business.PlayBatch;
import io.backbeat.business.PlayRecord;
import io.backbeat.business.SignedPlay;
import io.backbeat.player.testing.FakeStore;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the venue player hears the store's answers to its play log. */
class StoreClientPlaysTest {

    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    private final FakeStore store = new FakeStore();
    private final StoreClient client = new StoreClient(store.address());
    private final Credentials manager = new Credentials("manager@example.com", "secret");
    private final PlayBatch batch = new PlayBatch("AB".repeat(20), List.of(new SignedPlay(new PlayRecord(5, 40, NINE,
            NINE.plusSeconds(180), false, 7, "00".repeat(32)), "c2lnbmF0dXJl")));

    StoreClientPlaysTest() throws IOException {
    }

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void aGapNamesTheRecordTheStoreExpectsNext() {
        store.answerEverythingWith(409, "application/problem+json", "{\"type\": \"https://backbeat.io/problems/"
                + "play-log-gap\", \"status\": 409, \"detail\": \"The server has zone 5's log up to record 3.\", "
                + "\"expectedSequence\": 4}");

        assertThatThrownBy(() -> client.uploadPlays(manager, 5, batch))
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

        assertThatThrownBy(() -> client.uploadPlays(manager, 5, batch))
                .isExactlyInstanceOf(StoreRefusedException.class)
                .isInstanceOfSatisfying(StoreRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("play-log-forked"))
                .hasMessage("Record 7 differs from the one stored.");
    }

    @Test
    void aReceiptGivesTheChainsNewHead() throws Exception {
        store.answerEverythingWith(200, "application/json", "{\"zone\": 5, \"received\": 1, \"stored\": 1, "
                + "\"sequence\": 7, \"head\": \"ff\"}");

        assertThat(client.uploadPlays(manager, 5, batch).sequence()).isEqualTo(7);
        assertThat(store.requests()).containsExactly("/api/zones/5/plays");
    }
}
