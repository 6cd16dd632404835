package io.backbeat.business;

/**
 * A part of a venue with its own music (the lobby, elevator 2). {@code player} is the registered player bound to
 * it, null while it is UNBOUND; {@code paidThrough} is the last month its fee is paid for (yyyy-MM).
 */
public record ZoneView(long id, long venue, String name, Long player, String state, String paidThrough) {
}
