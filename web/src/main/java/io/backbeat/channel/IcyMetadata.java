package io.backbeat.channel;

import java.nio.charset.StandardCharsets;

/**
 * The SHOUTcast/Icecast in-band metadata a client asks for with {@code Icy-MetaData: 1}: after every
 * {@code icy-metaint} bytes of audio, one length byte (the block's size in units of 16 bytes) and that many
 * 16-byte units holding {@code StreamTitle='…';} in UTF-8, padded with zeros. A length of 0 means "no change".
 */
final class IcyMetadata {

    /** The block that says nothing changed. */
    static final byte[] UNCHANGED = {0};

    private static final int UNIT = 16;
    private static final int MAX_UNITS = 255;

    private IcyMetadata() {
    }

    /**
     * The metadata block announcing {@code title}. Quotes and backslashes in it are escaped ({@code \'}, {@code \\}),
     * so no title can end the value early; one too long for the largest block (4,080 bytes) is cut at a character.
     */
    static byte[] block(String title) {
        String escaped = title.replace("\\", "\\\\").replace("'", "\\'");
        byte[] prefix = "StreamTitle='".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "';".getBytes(StandardCharsets.UTF_8);
        int room = MAX_UNITS * UNIT - prefix.length - suffix.length;
        byte[] value = escaped.getBytes(StandardCharsets.UTF_8);
        while (value.length > room || endsInsideEscape(escaped)) {
            escaped = escaped.substring(0, escaped.offsetByCodePoints(escaped.length(), -1));
            value = escaped.getBytes(StandardCharsets.UTF_8);
        }
        int length = prefix.length + value.length + suffix.length;
        int units = (length + UNIT - 1) / UNIT;
        byte[] block = new byte[1 + units * UNIT];
        block[0] = (byte) units;
        System.arraycopy(prefix, 0, block, 1, prefix.length);
        System.arraycopy(value, 0, block, 1 + prefix.length, value.length);
        System.arraycopy(suffix, 0, block, 1 + prefix.length + value.length, suffix.length);
        return block;
    }

    /** A cut that left a lone escaping backslash would escape the closing quote. */
    private static boolean endsInsideEscape(String escaped) {
        int backslashes = 0;
        for (int i = escaped.length() - 1; i >= 0 && escaped.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
