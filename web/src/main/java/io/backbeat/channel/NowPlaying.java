package io.backbeat.channel;

/** What a stream is playing, as listings say it and as its ICY metadata block (made once per track). */
record NowPlaying(String text, byte[] icy) {

    /** Between tracks, or while a channel has nothing licensed to play: silence, with an empty title. */
    static final NowPlaying NOTHING = new NowPlaying(null, IcyMetadata.block(""));

    static NowPlaying of(String artist, String title) {
        String text = artist + " - " + title;
        return new NowPlaying(text, IcyMetadata.block(text));
    }
}
