package io.backbeat.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IcyMetadataTest {

    /** The block's text as a client reads it: length byte × 16 bytes, zero padding removed. */
    private static String text(byte[] block) {
        assertThat(block.length).isEqualTo(1 + (block[0] & 0xff) * 16);
        byte[] body = Arrays.copyOfRange(block, 1, block.length);
        int end = body.length;
        while (end > 0 && body[end - 1] == 0) {
            end--;
        }
        assertThat(body.length - end).as("padding").isLessThan(16);
        return new String(body, 0, end, StandardCharsets.UTF_8);
    }

    @Test
    void aTitleIsAStreamTitlePaddedToSixteenByteUnits() {
        byte[] block = IcyMetadata.block("Night Transit - Lobby Nocturne");
        assertThat(text(block)).isEqualTo("StreamTitle='Night Transit - Lobby Nocturne';");
        assertThat(block[0]).isEqualTo((byte) 3); // 47 bytes → 3 units of 16
    }

    @Test
    void quotesAndBackslashesAreEscapedAndAccentsAreUtf8() {
        assertThat(text(IcyMetadata.block("Kettle & Fox - Don't Wake the Fox")))
                .isEqualTo("StreamTitle='Kettle & Fox - Don\\'t Wake the Fox';");
        assertThat(text(IcyMetadata.block("a\\'; b"))).isEqualTo("StreamTitle='a\\\\\\'; b';");
        assertThat(text(IcyMetadata.block("Sigur Blå - Élan Vital"))).isEqualTo("StreamTitle='Sigur Blå - Élan Vital';");
    }

    @Test
    void anEmptyTitleAndTheUnchangedBlock() {
        assertThat(text(IcyMetadata.block(""))).isEqualTo("StreamTitle='';");
        assertThat(IcyMetadata.UNCHANGED).containsExactly(0);
    }

    @Test
    void aTitleTooLongForTheLargestBlockIsCutAtACharacterAndNeverInsideAnEscape() {
        byte[] block = IcyMetadata.block("é".repeat(3000));
        assertThat(block[0] & 0xff).isEqualTo(255);
        assertThat(text(block)).startsWith("StreamTitle='éé").endsWith("é';");

        String quotes = text(IcyMetadata.block("'".repeat(3000)));
        assertThat(quotes).endsWith("\\'';");
        assertThat(quotes.length()).isLessThanOrEqualTo(255 * 16);
    }
}
