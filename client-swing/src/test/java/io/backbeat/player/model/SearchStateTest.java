package io.backbeat.player.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.catalog.WorkSummary;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchStateTest {

    private final SearchState state = new SearchState();

    @Test
    void theSummaryCountsWhatTheStoreFound() {
        state.found("blue", List.of(work(1), work(2)), 2);

        assertThat(state.summary()).isEqualTo("2 works");
    }

    @Test
    void oneWorkIsOneWork() {
        state.found("blue", List.of(work(1)), 1);

        assertThat(state.summary()).isEqualTo("1 work");
    }

    @Test
    void moreWorksThanShownSaySo() {
        state.found("a", Collections.nCopies(50, work(1)), 420);

        assertThat(state.summary()).isEqualTo("420 works, the first 50 shown");
    }

    @Test
    void nothingFoundNamesTheQuery() {
        state.found("zzz", List.of(), 0);

        assertThat(state.status()).isEqualTo(SearchState.Status.NOTHING_FOUND);
        assertThat(state.summary()).isEqualTo("Nothing found for “zzz”");
    }

    @Test
    void aFailedSearchKeepsThePreviousResultsAndSaysWhy() {
        state.found("blue", List.of(work(1)), 1);

        state.failed("blues", "Cannot connect to the store");

        assertThat(state.results()).containsExactly(work(1));
        assertThat(state.summary()).isEqualTo("Cannot connect to the store");
    }

    private static WorkSummary work(long id) {
        return new WorkSummary(id, "t" + id, 1, "a", null, null, null, null, 60, "AUDIO", 10, false, false);
    }
}
