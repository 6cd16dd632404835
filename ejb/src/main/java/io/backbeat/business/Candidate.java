package io.backbeat.business;

import java.time.Instant;

/**
 * A work as the simulator sees it: what the rules test and how long it plays. Only works licensed for business
 * use are ever scheduled, and none before {@code availableSince}, so a work going on sale never changes what was
 * planned before that moment.
 */
public record Candidate(long work, long artist, String genre, boolean explicit, int seconds,
                        boolean licensedForBusiness, Instant availableSince) {
}
