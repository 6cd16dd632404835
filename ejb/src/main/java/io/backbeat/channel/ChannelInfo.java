package io.backbeat.channel;

/** What a broadcaster needs to know of a channel: its name in the address, its title, what it plays. */
public record ChannelInfo(String slug, String title, String genre, ChannelKind kind) {
}
