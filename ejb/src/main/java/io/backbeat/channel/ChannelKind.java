package io.backbeat.channel;

/** What a channel plays. Zones' channels, fed by their schedules, will be another kind. */
public enum ChannelKind {
    /** Random works of one genre that are on sale and licensed for businesses. */
    RANDOM_GENRE
}
