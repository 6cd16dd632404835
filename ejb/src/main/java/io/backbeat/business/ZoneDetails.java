package io.backbeat.business;

/** A zone as its manager describes it: a name, and the registered player that plays it (null: not bound yet). */
public record ZoneDetails(String name, Long player) {
}
