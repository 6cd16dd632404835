package io.backbeat.content;

/** What a picture is, by its first bytes rather than by what a browser or a tag claims. */
public final class ImageTypes {

    /** Enough of a file's start to tell its type. */
    public static final int HEAD_BYTES = 12;

    private ImageTypes() {
    }

    /** {@code image/jpeg}, {@code image/png} or {@code image/webp}; null for anything else. */
    public static String sniff(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "image/png";
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
