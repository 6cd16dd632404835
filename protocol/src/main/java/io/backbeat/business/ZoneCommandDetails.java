package io.backbeat.business;

/** A command a manager sends to a zone: {@code action} skip, pause, resume or volume (with {@code volume} 0–100). */
public record ZoneCommandDetails(String action, Integer volume) {
}
