package io.backbeat.player.model;

import io.backbeat.catalog.WorkSummary;
import java.util.List;

/** The search panel's state: what was asked, what the store answered, and the line that sums it up. */
public final class SearchState {

    public enum Status { IDLE, SEARCHING, FOUND, NOTHING_FOUND, FAILED }

    private final ChangeListeners listeners = new ChangeListeners();
    private String query = "";
    private Status status = Status.IDLE;
    private List<WorkSummary> results = List.of();
    private long total;
    private String failure = "";

    public void searching(String query) {
        this.query = query;
        status = Status.SEARCHING;
        listeners.fire();
    }

    /** The first page of what the store found; {@code total} counts every page. */
    public void found(String query, List<WorkSummary> results, long total) {
        this.query = query;
        this.results = List.copyOf(results);
        this.total = total;
        status = results.isEmpty() ? Status.NOTHING_FOUND : Status.FOUND;
        listeners.fire();
    }

    /** The search could not be made; the previous results stay so the user keeps what they had. */
    public void failed(String query, String why) {
        this.query = query;
        failure = why;
        status = Status.FAILED;
        listeners.fire();
    }

    public void cleared() {
        query = "";
        results = List.of();
        total = 0;
        status = Status.IDLE;
        listeners.fire();
    }

    public Status status() {
        return status;
    }

    public List<WorkSummary> results() {
        return results;
    }

    public String summary() {
        return switch (status) {
            case IDLE -> "Type an artist, a title or an album";
            case SEARCHING -> "Searching for “" + query + "”…";
            case NOTHING_FOUND -> "Nothing found for “" + query + "”";
            case FAILED -> failure;
            case FOUND -> total == 1 ? "1 work"
                    : total > results.size() ? total + " works, the first " + results.size() + " shown"
                    : total + " works";
        };
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }
}
