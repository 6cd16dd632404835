package io.backbeat.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentResponseTest {

    private static final byte[] PREVIEW = bytes(1000);

    @TempDir
    Path folder;

    private OneFileStore store;
    private String etag;
    private RecordingResponse response;

    @BeforeEach
    void storePreview() throws IOException {
        store = OneFileStore.holding(PREVIEW, folder);
        etag = '"' + store.id() + '"';
        response = new RecordingResponse();
    }

    @Test
    void withoutARangeTheWholeFileIsSentWithItsLengthAndStrongEtag() throws IOException {
        send(FakeRequest.get());

        assertThat(response.status).isEqualTo(200);
        assertThat(response.contentType).isEqualTo("audio/mpeg");
        assertThat(response.contentLength).isEqualTo(1000);
        assertThat(response.headers)
                .containsEntry("ETag", etag)
                .containsEntry("Accept-Ranges", "bytes")
                .containsEntry("Cache-Control", "no-store")
                .doesNotContainKey("Content-Range");
        assertThat(response.body()).isEqualTo(PREVIEW);
    }

    @Test
    void theFirstHundredBytes() throws IOException {
        send(FakeRequest.get().header("Range", "bytes=0-99"));

        assertPartial(0, 99);
    }

    @Test
    void fromAPositionToTheEnd() throws IOException {
        send(FakeRequest.get().header("Range", "bytes=100-"));

        assertPartial(100, 999);
    }

    @Test
    void theLastFiftyBytes() throws IOException {
        send(FakeRequest.get().header("Range", "bytes=-50"));

        assertPartial(950, 999);
    }

    @Test
    void aSuffixLongerThanTheFileIsTheWholeFile() throws IOException {
        send(FakeRequest.get().header("Range", "bytes=-5000"));

        assertPartial(0, 999);
    }

    @Test
    void anEndPastTheFileStopsAtItsLastByte() throws IOException {
        send(FakeRequest.get().header("Range", "bytes=900-5000"));

        assertPartial(900, 999);
    }

    @Test
    void theLastByteAlone() throws IOException {
        send(FakeRequest.get().header("Range", "bytes=999-999"));

        assertPartial(999, 999);
    }

    @Test
    void theRangeUnitIsCaseInsensitive() throws IOException {
        send(FakeRequest.get().header("Range", "Bytes=0-9"));

        assertPartial(0, 9);
    }

    @Test
    void aRangeLargerThanTheCopyBufferArrivesWhole() throws IOException {
        byte[] master = bytes(100_000);
        store = OneFileStore.holding(master, folder);

        send(FakeRequest.get().header("Range", "bytes=10-80009"));

        assertThat(response.status).isEqualTo(206);
        assertThat(response.headers).containsEntry("Content-Range", "bytes 10-80009/100000");
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(master, 10, 80_010));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=5000-6000", "bytes=-0", "bytes=200-100", "bytes=-", "bytes=abc",
            "bytes=99999999999999999999-"})
    void aRangeOutsideTheFileOrMalformedIsUnsatisfiable(String range) throws IOException {
        boolean newListener = send(FakeRequest.get().header("Range", range));

        assertThat(response.status).isEqualTo(416);
        assertThat(response.headers).containsEntry("Content-Range", "bytes */1000");
        assertThat(response.body()).isEmpty();
        assertThat(newListener).isFalse();
    }

    @Test
    void anEndTooLargeForALongStillMeansToTheEnd() throws IOException {
        send(FakeRequest.get().header("Range", "bytes=0-99999999999999999999"));

        assertPartial(0, 999);
    }

    @Test
    void severalRangesAreIgnoredAndTheWholeFileSent() throws IOException {
        send(FakeRequest.get().header("Range", "bytes=0-9, 20-29"));

        assertWholeFile();
    }

    @Test
    void aRangeInAnotherUnitIsIgnoredAndTheWholeFileSent() throws IOException {
        send(FakeRequest.get().header("Range", "items=0-9"));

        assertWholeFile();
    }

    @Test
    void aRangeIsHonouredWhenIfRangeNamesTheseBytes() throws IOException {
        send(FakeRequest.get().header("Range", "bytes=0-99").header("If-Range", etag));

        assertPartial(0, 99);
    }

    @Test
    void aRangeForOtherBytesIsIgnoredAndTheWholeFileSent() throws IOException {
        send(FakeRequest.get().header("Range", "bytes=0-99").header("If-Range", "\"an-older-version\""));

        assertWholeFile();
    }

    @Test
    void anUnchangedFileIsNotSentAgain() throws IOException {
        boolean newListener = send(FakeRequest.get().header("If-None-Match", etag));

        assertNotModified();
        assertThat(newListener).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"other\", %s", "W/%s", "*"})
    void ifNoneMatchMayListTagsOrWeakenThem(String template) throws IOException {
        send(FakeRequest.get().header("If-None-Match", template.formatted(etag)));

        assertNotModified();
    }

    @Test
    void notModifiedWinsOverARange() throws IOException {
        send(FakeRequest.get().header("If-None-Match", etag).header("Range", "bytes=0-99"));

        assertNotModified();
    }

    @Test
    void aChangedFileIsSentWhole() throws IOException {
        send(FakeRequest.get().header("If-None-Match", "\"something-else\""));

        assertWholeFile();
    }

    @Test
    void aHeadAnnouncesTheLengthButSendsNoBody() throws IOException {
        send(FakeRequest.head());

        assertThat(response.status).isEqualTo(200);
        assertThat(response.contentLength).isEqualTo(1000);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aWholeGetIsANewListener() throws IOException {
        assertThat(send(FakeRequest.get())).isTrue();
    }

    @Test
    void anAudioElementStartingToPlayIsANewListener() throws IOException {
        assertThat(send(FakeRequest.get().header("Range", "bytes=0-"))).isTrue();
    }

    @Test
    void aProbeOfTheFirstBytesIsNoNewListener() throws IOException {
        assertThat(send(FakeRequest.get().header("Range", "bytes=0-1"))).isFalse();
    }

    @Test
    void aSeekIsNoNewListener() throws IOException {
        assertThat(send(FakeRequest.get().header("Range", "bytes=100-"))).isFalse();
    }

    @Test
    void aHeadIsNoNewListener() throws IOException {
        assertThat(send(FakeRequest.head())).isFalse();
    }

    private boolean send(FakeRequest request) throws IOException {
        return ContentResponse.send(store, store.id(), "audio/mpeg", "no-store", request.servletRequest(),
                response.servletResponse());
    }

    private void assertPartial(int first, int last) {
        assertThat(response.status).isEqualTo(206);
        assertThat(response.headers).containsEntry("Content-Range",
                "bytes " + first + "-" + last + "/" + PREVIEW.length);
        assertThat(response.contentLength).isEqualTo(last - first + 1);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(PREVIEW, first, last + 1));
    }

    private void assertWholeFile() {
        assertThat(response.status).isEqualTo(200);
        assertThat(response.headers).doesNotContainKey("Content-Range");
        assertThat(response.contentLength).isEqualTo(PREVIEW.length);
        assertThat(response.body()).isEqualTo(PREVIEW);
    }

    private void assertNotModified() {
        assertThat(response.status).isEqualTo(304);
        assertThat(response.headers).containsEntry("ETag", etag);
        assertThat(response.body()).isEmpty();
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        new Random(count).nextBytes(bytes);
        return bytes;
    }
}
