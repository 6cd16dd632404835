package io.backbeat.player.viewcontroller;

import static io.backbeat.player.testing.FakeStore.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.catalog.WorkSummary;
import io.backbeat.player.model.SearchState;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.UiThread;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchControllerTest {

    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);
    private final FakeStore store = new FakeStore()
            .selling(work(1, "Miles Davis", "So What", "Kind of Blue"),
                    work(2, "Miles Davis", "Blue in Green", "Kind of Blue"),
                    work(3, "John Coltrane", "Naima", "Giant Steps"));
    private final SearchState state = new SearchState();

    SearchControllerTest() throws IOException {
    }

    @AfterEach
    void stop() {
        tasks.close();
        ui.close();
        store.close();
    }

    @Test
    void typingSearchesTheStoreOnlyOnceTheTypingPauses() throws Exception {
        var search = searchAt(store.address(), new StoreStatus(store.address()));

        ui.run(() -> {
            for (var typed : new String[] {"m", "mi", "mil", "mile", "miles"}) {
                search.queryChanged(typed);
            }
        });

        ui.awaitUntil("two works found", () -> state.summary().equals("2 works"));
        assertThat(store.requests()).containsExactly("/api/catalog/works?q=miles&page=0&size=50");
    }

    @Test
    void theNewestQueryWinsOverASlowerOlderOne() throws Exception {
        var search = searchAt(store.address(), new StoreStatus(store.address()));
        var slowAnswer = store.holdSearchesFor("miles");
        ui.run(() -> search.queryChanged("miles"));
        ui.awaitUntil("the slow search reaching the store",
                () -> store.requests().contains("/api/catalog/works?q=miles&page=0&size=50"));

        ui.run(() -> search.queryChanged("naima"));
        ui.awaitUntil("Naima found", () -> state.status() == SearchState.Status.FOUND);
        slowAnswer.countDown();

        ui.awaitUntil("the slow search answered too", () -> store.answered() == 2);
        assertThat(ui.read(() -> state.results())).extracting(WorkSummary::title).containsExactly("Naima");
    }

    @Test
    void clearingTheFieldClearsTheResultsWithoutAskingTheStore() throws Exception {
        var search = searchAt(store.address(), new StoreStatus(store.address()));

        ui.run(() -> search.queryChanged("   "));

        assertThat(ui.read(state::status)).isEqualTo(SearchState.Status.IDLE);
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void anUnreachableStoreIsExplainedInTheStatusLineAndMarkedInTheStatusBar() throws Exception {
        var nowhere = URI.create("http://127.0.0.1:9");
        var status = new StoreStatus(nowhere);
        var search = searchAt(nowhere, status);

        ui.run(() -> search.queryChanged("miles"));

        ui.awaitUntil("the search failed", () -> state.status() == SearchState.Status.FAILED);
        assertThat(ui.read(state::summary)).isEqualTo(
                "Cannot connect to the store at http://127.0.0.1:9 (is it running, and is the address right?)");
        assertThat(ui.read(status::summary)).isEqualTo("Store http://127.0.0.1:9: unreachable");
    }

    private SearchController searchAt(URI address, StoreStatus status) {
        return new SearchController(tasks, new StoreConnection(StoreClient::new, tasks, status), state);
    }
}
