package io.backbeat.business;

import java.util.List;

/**
 * What a zone's player says every few seconds: the work it plays ({@code null}: nothing), how far into it, whether
 * it is paused, its volume (0 to 100), and the ids of the commands it has applied since its last heartbeat.
 */
public record Heartbeat(Long work, Long positionMs, Boolean paused, Integer volume, List<Long> acknowledged) {
}
