package io.backbeat.player.viewcontroller;

import io.backbeat.player.model.SearchState;
import java.time.Duration;

/**
 * Searches as the user types. Each keystroke restarts a short wait, so only a pause in typing reaches the store,
 * and a new query cancels the search still in flight: the newest query always wins.
 */
public final class SearchController {

    public static final Duration TYPING_PAUSE = Duration.ofMillis(250);
    static final int PAGE_SIZE = 50;

    private final TaskRunner tasks;
    private final StoreConnection store;
    private final SearchState state;
    private Task pending = TaskRunner.none();

    public SearchController(TaskRunner tasks, StoreConnection store, SearchState state) {
        this.tasks = tasks;
        this.store = store;
        this.state = state;
    }

    public SearchState state() {
        return state;
    }

    /** The search field now reads {@code text}. */
    public void queryChanged(String text) {
        pending.cancel();
        var query = text.strip();
        if (query.isEmpty()) {
            state.cleared();
            return;
        }
        state.searching(query);
        var client = store.client();
        pending = tasks.runAfter(TYPING_PAUSE, () -> client.searchWorks(query, 0, PAGE_SIZE), page -> {
            store.answered();
            state.found(query, page.items(), page.total());
        }, failure -> state.failed(query, store.explain(failure)));
    }
}
