package io.backbeat.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.backbeat.SystemTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue API on the demo catalogue, as any client (the site, the player, a script) sees it. */
class CatalogIT extends SystemTest {

    private static JsonPath search(String query) {
        return api().get("/catalog/works?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void searchFindsWorksByArtistTitleOrAlbumWordsAndPrefixes() {
        assertThat(search("q=aurora").getList("items.artist", String.class)).containsOnly("Aurora Lane");
        assertThat(search("q=glass harb").getList("items.title", String.class)).containsExactly("Glass Harbour");
        assertThat(search("q=kitchen").getList("items.album", String.class)).containsOnly("Kitchen Songs");
        assertThat(search("q=elan").getList("items.title", String.class)).as("accents fold")
                .containsExactly("Élan Vital");
    }

    @Test
    void filtersNarrowTheResult() {
        JsonPath jazz = search("genre=jazz&year=2022");
        assertThat(jazz.getList("items.title", String.class)).containsExactlyInAnyOrder("Platform 9", "Elevator Blues",
                "Red Line Shuffle", "Terminus");
        assertThat(jazz.getLong("total")).isEqualTo(4);
        assertThat(search("artist=night transit&album=last train").getLong("total")).isEqualTo(4);
    }

    @Test
    void resultsArePagedAndSorted() {
        JsonPath first = search("sort=title&size=5&page=0");
        JsonPath second = search("sort=title&size=5&page=1");
        assertThat(first.getLong("total")).isGreaterThanOrEqualTo(12);
        List<String> titles = first.getList("items.title", String.class);
        assertThat(titles).hasSize(5).isSortedAccordingTo(TITLE_ORDER);
        assertThat(second.getList("items.title", String.class)).doesNotContainAnyElementsOf(titles);
        List<Integer> prices = search("sort=price&desc=true&size=100").getList("items.pricePoints", Integer.class);
        assertThat(prices).isSortedAccordingTo((a, b) -> b - a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", "' OR 1=1 --", "%", "_", "*", "?", "\\", "(", "AND", "fox\"; DROP TABLE work; --",
        "<script>alert(1)</script>", "title:*", "~", "[a TO z]"})
    void searchSyntaxInTheQueryIsJustText(String text) {
        api().queryParam("q", text).get("/catalog/works").then().statusCode(200).body("total", greaterThanOrEqualTo(0));
        api().queryParam("q", "fox " + text).get("/catalog/works").then().statusCode(200);
        assertThat(search("q=glass").getLong("total")).as("the catalogue is still there").isEqualTo(1);
    }

    @Test
    void badPagingIsRefusedWithTheParameterNamed() {
        api().get("/catalog/works?size=1000").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("parameter", equalTo("size")).body("detail", containsString("1 to 100"));
        api().get("/catalog/works?page=abc").then().statusCode(400).body("parameter", equalTo("page"));
        api().get("/catalog/works?page=100000").then().statusCode(400).body("detail", containsString("narrow"));
        api().get("/catalog/works?sort=loudness").then().statusCode(400).body("parameter", equalTo("sort"));
        api().queryParam("q", "x".repeat(201)).get("/catalog/works").then().statusCode(400);
    }

    @Test
    void aWorkArtistAndAlbumHaveTheirOwnResources() {
        long id = workId("Copper Morning");
        JsonPath work = api().get("/catalog/works/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(work.getString("artist")).isEqualTo("Kettle & Fox");
        assertThat(work.getInt("durationSeconds")).isPositive();

        api().get("/catalog/artists/" + work.getLong("artistId")).then().statusCode(200)
                .body("artist.name", equalTo("Kettle & Fox"))
                .body("albums.title", hasItem("Kitchen Songs"));
        api().get("/catalog/albums/" + work.getLong("albumId")).then().statusCode(200)
                .body("works.title", hasItem("Copper Morning"));
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        api().get("/catalog/works/999999").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("work", equalTo(999999));
        api().get("/catalog/artists/999999").then().statusCode(404);
        api().get("/catalog/albums/999999").then().statusCode(404);
    }

    @Test
    void artistsAreListedByLetterAndByGenre() {
        api().get("/catalog/artists?letter=n").then().statusCode(200)
                .body("items.name", hasItem("Night Transit")).body("items.name", everyItem(startsWith("N")));
        api().get("/catalog/artists?genre=Folk").then().statusCode(200)
                .body("items.name", equalTo(List.of("Kettle & Fox")));
        api().get("/catalog/genres").then().statusCode(200).body("$", hasKey("Ambient")).body("Jazz", greaterThan(0));
    }

    @Test
    void aWorkOffersABackbeatLinkAndAnM3uPlaylist() {
        long id = workId("Nordlys");
        String link = api().get("/catalog/works/" + id + "/link").then().statusCode(200)
                .contentType(startsWith(BackbeatLink.MEDIA_TYPE))
                .header("Content-Disposition", containsString(".backbeat")).extract().asString();
        BackbeatLink parsed = BackbeatLink.parse(link);
        assertThat(parsed.work()).isEqualTo(id);
        assertThat(parsed.title()).isEqualTo("Nordlys");

        api().get("/catalog/works/" + id + "/preview.m3u").then().statusCode(200)
                .contentType(startsWith("audio/x-mpegurl"))
                .body(startsWith("#EXTM3U"), containsString("/stream/preview/" + id));
    }

    @Test
    void thePreviewStreamsWithALengthRangesAndNoCaching() {
        long id = workId("Lobby Nocturne");
        var whole = site().get("/stream/preview/" + id).then().statusCode(200)
                .contentType("audio/mpeg").header("Cache-Control", "no-store")
                .header("Accept-Ranges", "bytes").extract();
        byte[] bytes = whole.asByteArray();
        assertThat(Long.parseLong(whole.header("Content-Length"))).isEqualTo(bytes.length);
        assertThat(bytes[0] & 0xff).as("an MPEG frame sync or an ID3 tag").isIn(0xff, (int) 'I');

        byte[] part = site().header("Range", "bytes=100-199").get("/stream/preview/" + id)
                .then().statusCode(206).header("Content-Range", "bytes 100-199/" + bytes.length)
                .extract().asByteArray();
        assertThat(part).containsExactly(Arrays.copyOfRange(bytes, 100, 200));

        site().header("Range", "bytes=999999-").get("/stream/preview/" + id)
                .then().statusCode(416);
        site().header("If-None-Match", whole.header("ETag"))
                .get("/stream/preview/" + id).then().statusCode(304);
        site().get("/stream/preview/999999").then().statusCode(404);
    }

    @Test
    void onlyAnAdministratorSeesAndRebuildsTheSearchIndex() {
        api().get("/admin/search-index").then().statusCode(401);
        api(CUSTOMER, CUSTOMER_PASSWORD).get("/admin/search-index").then().statusCode(403);
        api(MUSICIAN, MUSICIAN_PASSWORD).post("/admin/search-index/rebuild").then().statusCode(403);
        long onSale = asAdmin().get("/admin/search-index").then().statusCode(200).extract().jsonPath()
                .getLong("worksOnSale");
        assertThat(onSale).isGreaterThanOrEqualTo(12);
        asAdmin().post("/admin/search-index/rebuild").then().statusCode(200)
                .body("status.indexed", equalTo((int) onSale)).body("status.worksOnSale", equalTo((int) onSale));
        assertThat(search("q=fox").getLong("total")).isGreaterThan(0);
    }
}
