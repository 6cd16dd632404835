package io.backbeat.api;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items what is on this page
 * @param page  zero-based page number
 * @param size  the page size asked for
 * @param total how many items all pages hold together
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
