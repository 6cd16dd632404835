package io.backbeat.channel;

/**
 * A public channel as anyone sees it.
 *
 * @param slug       its name in the stream's address, {@code /stream/channel/{slug}}
 * @param title      what players show as the station's name
 * @param genre      what it plays
 * @param kind       RANDOM_GENRE
 * @param stream     the stream's address, relative to the store
 * @param nowPlaying "Artist - Title" of what the channel is sending now; null while nobody listens (an idle channel
 *                   is not playing) or between tracks
 * @param listeners  how many are listening now, on this server
 */
public record ChannelView(String slug, String title, String genre, String kind, String stream, String nowPlaying,
                          int listeners) {
}
