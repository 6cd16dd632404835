package io.backbeat.catalog;

import io.backbeat.platform.Refusal;

/** The search index is already being rebuilt; a second rebuild at once would only slow the first. */
public class RebuildRunningException extends Refusal {

    public RebuildRunningException() {
        super(Kind.CONFLICT, "search-index-rebuilding",
                "The search index is being rebuilt already; it is ready when the server's readiness says so.");
    }
}
