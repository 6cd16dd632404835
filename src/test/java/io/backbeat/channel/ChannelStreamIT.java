package io.backbeat.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.backbeat.SystemTest;
import io.backbeat.media.Masters;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A public channel as internet radios hear it: ffprobe reads the stream, an ICY client sees the now-playing title
 * change with the track, two listeners receive the same bytes, a work not licensed for businesses never plays, and
 * bad requests are refused clearly without changing anything.
 */
class ChannelStreamIT extends SystemTest {

    private static final String ARTIST = "The Demo Tapes"; // the demo musician's artist

    @TempDir
    static Path folder;

    private static String genre;
    private static String slug;
    private static Set<String> licensed;
    private static String unlicensed;

    /** Works of a genre of this test's own: two licensed for businesses, one not; and a channel playing it. */
    @BeforeAll
    static void aGenreOfShortWorksAndItsChannel() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        genre = "ChannelTest" + tag;
        licensed = Set.of(ARTIST + " - " + upload("Lift Music " + tag, 300, true),
                ARTIST + " - " + upload("Atrium Loop " + tag, 380, true));
        unlicensed = ARTIST + " - " + upload("Not For Shops " + tag, 460, false);
        slug = "it-" + tag;
        asAdmin().contentType("application/json").body(channel(slug, "Test Radio " + tag, genre))
                .post("/admin/channels").then().statusCode(201)
                .header("Location", equalTo(SITE + "/api/channels/" + slug))
                .body("slug", equalTo(slug), "stream", equalTo("/stream/channel/" + slug), "listeners", equalTo(0));
    }

    @Test
    void ffprobeReadsAnMp3StreamAt44kHz() {
        String probe = Masters.run(List.of("ffprobe", "-v", "error", "-show_entries",
                "format=format_name:stream=codec_name,sample_rate,channels,bit_rate", "-of", "default=noprint_wrappers=1",
                SITE + "/stream/channel/" + slug));
        assertThat(probe).contains("format_name=mp3", "codec_name=mp3", "sample_rate=44100", "channels=2",
                "bit_rate=128000");
    }

    @Test
    void theIcyTitleChangesWhenTheTrackChangesAndOnlyLicensedWorksPlay() throws Exception {
        Set<String> titles = new LinkedHashSet<>();
        try (var radio = new IcyClient(SITE + "/stream/channel/" + slug)) {
            assertThat(radio.headers).containsEntry("icy-metaint", "16000").containsEntry("icy-genre", genre)
                    .containsEntry("icy-br", "128").containsEntry("content-type", "audio/mpeg");
            assertThat(radio.headers.get("icy-name")).startsWith("Test Radio ");
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (titles.size() < 2 && System.nanoTime() < deadline) {
                radio.next().ifPresent(titles::add);
            }
            assertThat(titles).as("titles announced: %s", titles).hasSize(2);
            assertThat(licensed).containsAll(titles);
            api().get("/channels/" + slug).then().statusCode(200)
                    .body("nowPlaying", equalTo(titles.stream().reduce((a, b) -> b).orElseThrow()))
                    .body("listeners", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        }
        assertThat(titles).doesNotContain(unlicensed);
    }

    @Test
    void twoListenersReceiveTheSameEncodedStream() throws Exception {
        try (InputStream first = URI.create(SITE + "/stream/channel/" + slug).toURL().openStream();
             InputStream second = URI.create(SITE + "/stream/channel/" + slug).toURL().openStream()) {
            byte[] a = first.readNBytes(160_000);
            byte[] b = second.readNBytes(160_000);
            byte[] window = java.util.Arrays.copyOfRange(b, 60_000, 64_096);
            assertThat(indexOf(a, window)).as("4 KB the second listener got, in the first one's stream")
                    .isNotNegative();
        }
    }

    @Test
    void anUnknownChannelIsA404Problem() {
        site().get("/stream/channel/no-such-channel").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://backbeat.io/problems/channel-not-found"))
                .body("slug", equalTo("no-such-channel"));
        api().get("/channels/no-such-channel").then().statusCode(404);
    }

    @Test
    void badChannelsAreRefusedAndNothingIsMade() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType("application/json").body(channel("Bad Slug " + tag, "Bad", genre))
                .post("/admin/channels").then().statusCode(400).contentType("application/problem+json")
                .body("fields.slug", org.hamcrest.Matchers.containsString("lower-case"));
        asAdmin().contentType("application/json").body(channel("-" + tag, "Bad", genre))
                .post("/admin/channels").then().statusCode(400);
        asAdmin().contentType("application/json").body(channel("x" + tag, " ", genre))
                .post("/admin/channels").then().statusCode(400).body("fields.title", org.hamcrest.Matchers.notNullValue());
        asAdmin().contentType("application/json").body(channel("empty-" + tag, "Empty", "NoSuchGenre" + tag))
                .post("/admin/channels").then().statusCode(400)
                .body("type", equalTo("https://backbeat.io/problems/no-licensed-works"))
                .body("genre", equalTo("NoSuchGenre" + tag));
        asAdmin().contentType("application/json").body(channel(slug, "Again", genre))
                .post("/admin/channels").then().statusCode(409)
                .body("type", equalTo("https://backbeat.io/problems/channel-slug-taken"));
        asAdmin().contentType("application/json").body("{\"slug\": \"k-" + tag + "\", \"title\": \"K\", \"genre\": \""
                + genre + "\", \"kind\": \"NO_SUCH_KIND\"}").post("/admin/channels").then().statusCode(400);

        api().contentType("application/json").body(channel("anon-" + tag, "Anon", genre))
                .post("/admin/channels").then().statusCode(401);
        api(CUSTOMER, CUSTOMER_PASSWORD).contentType("application/json").body(channel("cust-" + tag, "C", genre))
                .post("/admin/channels").then().statusCode(403);
        api(CUSTOMER, CUSTOMER_PASSWORD).delete("/admin/channels/" + slug).then().statusCode(403);
        api().delete("/admin/channels/" + slug).then().statusCode(401);
        asAdmin().delete("/admin/channels/no-such-" + tag).then().statusCode(404);

        List<String> slugs = api().get("/channels").then().statusCode(200).extract().jsonPath().getList("slug");
        assertThat(slugs).contains(slug).noneMatch(s -> s.contains(tag));
        api().get("/channels/" + slug).then().body("title", not(equalTo("Again")));
    }

    @Test
    void deletingAChannelCutsItsListenersOff() throws Exception {
        String gone = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType("application/json").body(channel(gone, "Soon Gone", genre)).post("/admin/channels")
                .then().statusCode(201);
        try (InputStream listener = URI.create(SITE + "/stream/channel/" + gone).toURL().openStream()) {
            assertThat(listener.readNBytes(20_000)).hasSize(20_000);
            asAdmin().delete("/admin/channels/" + gone).then().statusCode(204);
            byte[] rest = listener.readNBytes(10_000_000); // the stream ends; it would take 10 minutes if it did not
            assertThat(rest.length).isLessThan(10_000_000);
        }
        site().get("/stream/channel/" + gone).then().statusCode(404);
        api().get("/channels").then().body("slug", not(hasItem(gone)));
    }

    private static Map<String, Object> channel(String slug, String title, String genre) {
        return Map.of("slug", slug, "title", title, "genre", genre, "kind", "RANDOM_GENRE");
    }

    /** A 31-second work of this test's genre through the whole pipeline; its title. */
    private static String upload(String title, double frequency, boolean business) {
        Path master = Masters.tone(folder, title.replace(' ', '-') + ".mp3", frequency, 31, "-c:a", "libmp3lame",
                "-b:a", "128k");
        long id = api(MUSICIAN, MUSICIAN_PASSWORD).contentType("audio/mpeg").body(Masters.bytes(master))
                .queryParam("title", title).queryParam("genre", genre).queryParam("price", 5)
                .queryParam("business", business).post("/uploads").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        await().atMost(Duration.ofMinutes(2)).until(() -> api(MUSICIAN, MUSICIAN_PASSWORD).get("/uploads/" + id)
                .then().extract().jsonPath().getString("state"), equalTo("AVAILABLE"));
        return title;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
