package io.backbeat.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A picture's type comes from its first bytes, never from what the browser claims. */
class ImageTypesTest {

    @Test
    void jpegIsRecognisedByItsStartOfImageMarker() {
        assertThat(ImageTypes.sniff(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1)))
                .isEqualTo("image/jpeg");
    }

    @Test
    void pngIsRecognisedByItsSignature() {
        assertThat(ImageTypes.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d)))
                .isEqualTo("image/png");
    }

    @Test
    void webpIsRecognisedByItsRiffHeader() {
        assertThat(ImageTypes.sniff(riff("WEBP"))).isEqualTo("image/webp");
    }

    @Test
    void anotherRiffFileIsNoPicture() {
        assertThat(ImageTypes.sniff(riff("WAVE"))).isNull();
    }

    @Test
    void gifSvgAndTextAreRefused() {
        assertThat(ImageTypes.sniff(ascii("GIF89a......"))).isNull();
        assertThat(ImageTypes.sniff(ascii("<svg xmlns=\"h"))).isNull();
        assertThat(ImageTypes.sniff(ascii("hello, world"))).isNull();
    }

    @Test
    void tooFewBytesForASignatureAreRefused() {
        assertThat(ImageTypes.sniff(new byte[0])).isNull();
        assertThat(ImageTypes.sniff(bytes(0xff, 0xd8))).isNull();
        assertThat(ImageTypes.sniff(bytes(0x89, 'P', 'N', 'G'))).isNull();
        assertThat(ImageTypes.sniff(Arrays.copyOf(riff("WEBP"), 11))).isNull();
    }

    @Test
    void aSignatureAnywhereButTheStartDoesNotCount() {
        assertThat(ImageTypes.sniff(bytes(0, 0xff, 0xd8, 0xff, 0, 0, 0, 0, 0, 0, 0, 0))).isNull();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** A RIFF container's first twelve bytes: "RIFF", a little-endian size, then the form type. */
    private static byte[] riff(String formType) {
        byte[] header = ascii("RIFF...." + formType);
        header[4] = 0x24;
        header[5] = header[6] = header[7] = 0;
        return header;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
