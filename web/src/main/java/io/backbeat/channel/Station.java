package io.backbeat.channel;

import java.util.function.Supplier;

/**
 * Something with an endless stream: a public channel, or a business's zone playing its schedule. What it plays
 * comes from its {@link TrackSource}, made when its broadcaster starts.
 *
 * @param key    unique among stations: {@code channel/lobby-jazz}, {@code zone/42}; the part before the slash is
 *               the kind its listeners are counted as ({@code backbeat_streams_active})
 * @param name   the station's name for players ({@code icy-name})
 * @param genre  its genre for players ({@code icy-genre})
 * @param listed whether stream directories may list it ({@code icy-pub}): a public channel, not a zone
 * @param source what it plays
 */
record Station(String key, String name, String genre, boolean listed, Supplier<TrackSource> source) {
}
