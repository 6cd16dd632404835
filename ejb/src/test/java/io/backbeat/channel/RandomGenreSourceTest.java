package io.backbeat.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RandomGenreSourceTest {

    private static List<Long> play(List<Candidate> pool, int times) {
        var source = new RandomGenreSource(() -> pool, new Random(7));
        var played = new ArrayList<Long>();
        for (int i = 0; i < times; i++) {
            played.add(source.next(Instant.EPOCH).orElseThrow().work());
        }
        return played;
    }

    @Test
    void neverPlaysTheSameWorkTwiceInARowAndReachesEveryWork() {
        var pool = List.of(new Candidate(1, 10), new Candidate(2, 10), new Candidate(3, 10));
        List<Long> played = play(pool, 300);
        for (int i = 1; i < played.size(); i++) {
            assertThat(played.get(i)).as("play " + i).isNotEqualTo(played.get(i - 1));
        }
        assertThat(played).contains(1L, 2L, 3L);
    }

    @Test
    void separatesArtistsWheneverThePoolAllows() {
        var pool = List.of(new Candidate(1, 10), new Candidate(2, 10), new Candidate(3, 10), new Candidate(4, 20));
        var artistOf = java.util.Map.of(1L, 10L, 2L, 10L, 3L, 10L, 4L, 20L);
        List<Long> played = play(pool, 300);
        for (int i = 1; i < played.size(); i++) {
            assertThat(artistOf.get(played.get(i))).as("play " + i).isNotEqualTo(artistOf.get(played.get(i - 1)));
        }
    }

    @Test
    void aPoolOfOneRepeatsItAndAnEmptyPoolHasNothingToPlay() {
        assertThat(play(List.of(new Candidate(5, 1)), 3)).containsExactly(5L, 5L, 5L);
        assertThat(new RandomGenreSource(List::of, new Random()).next(Instant.EPOCH)).isEmpty();
    }

    @Test
    void readsThePoolAgainForEveryChoiceSoNewWorksJoin() {
        var pool = new ArrayList<>(List.of(new Candidate(1, 1)));
        var source = new RandomGenreSource(() -> List.copyOf(pool), new Random(1));
        assertThat(source.next(Instant.EPOCH).orElseThrow().work()).isEqualTo(1);
        pool.add(new Candidate(2, 2));
        assertThat(source.next(Instant.EPOCH).orElseThrow().work()).isEqualTo(2);
    }
}
