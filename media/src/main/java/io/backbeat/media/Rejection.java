package io.backbeat.media;

/** Why a master cannot go on sale: a reason a program can act on and a sentence the musician can. */
public record Rejection(Reason reason, String message) {

    public enum Reason {
        NOT_AUDIO, TRUNCATED, TOO_SHORT, TOO_LONG, LOW_QUALITY, DECODE_ERRORS, SILENT, OVERSIZED_TAGS
    }

    static Rejection of(Reason reason, String format, Object... arguments) {
        return new Rejection(reason, String.format(java.util.Locale.ROOT, format, arguments));
    }
}
