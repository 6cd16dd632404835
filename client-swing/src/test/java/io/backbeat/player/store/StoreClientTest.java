package io.backbeat.player.store;

import static io.backbeat.player.testing.FakeStore.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.SelfSignedCertificate;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreClientTest {

    private final FakeStore store = new FakeStore()
            .selling(work(1, "Miles Davis", "So What", "Kind of Blue"),
                    work(2, "Miles Davis", "Blue in Green", "Kind of Blue"),
                    work(3, "John Coltrane", "Naima", "Giant Steps"))
            .withPreview(3, new byte[] {1, 2, 3, 4});
    private final StoreClient client = new StoreClient(store.address());

    StoreClientTest() throws IOException {
    }

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void searchShowsTheStoresResults() throws Exception {
        var page = client.searchWorks("miles", 0, 50);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(w -> w.title()).containsExactly("So What", "Blue in Green");
        assertThat(page.items().get(0)).isEqualTo(work(1, "Miles Davis", "So What", "Kind of Blue"));
    }

    @Test
    void searchSendsTheQueryEncoded() throws Exception {
        client.searchWorks("blue & green", 0, 50);

        assertThat(store.requests()).containsExactly("/api/catalog/works?q=blue+%26+green&page=0&size=50");
    }

    @Test
    void aWorkIsLookedUpById() throws Exception {
        assertThat(client.work(3).title()).isEqualTo("Naima");
    }

    @Test
    void anUnknownWorkIsRefusedWithTheStoresOwnWords() {
        assertThatThrownBy(() -> client.work(99))
                .isInstanceOfSatisfying(NotInStoreException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(404);
                    assertThat(refused.detail()).isEqualTo("There is no work 99 in this store");
                })
                .hasMessage("There is no work 99 in this store");
    }

    @Test
    void aPreviewArrivesWholeInMemory() throws Exception {
        assertThat(client.preview(3)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aMissingPreviewIsRefused() {
        assertThatThrownBy(() -> client.preview(1)).isInstanceOf(NotInStoreException.class)
                .hasMessage("Work 1 has no preview");
    }

    @Test
    void aStoreThatIsNotRunningIsReportedUnreachable() throws Exception {
        var nobody = new StoreClient(URI.create("http://127.0.0.1:" + freePort()));

        assertThatThrownBy(() -> nobody.searchWorks("x", 0, 50))
                .isInstanceOf(StoreUnreachableException.class)
                .hasMessageStartingWith("Cannot connect to the store at http://127.0.0.1:");
        assertThatThrownBy(nobody::ping).isInstanceOf(StoreUnreachableException.class);
    }

    @Test
    void aRunningStoreAnswersThePing() throws Exception {
        client.ping();

        // The second asks where the store's HTTPS is; this one has none, so it is the store itself.
        assertThat(store.requests()).containsExactly("/api/catalog/works?page=0&size=1", "/account/points.xhtml");
        assertThat(client.secureServer()).isEqualTo(store.address());
    }

    @Test
    void aStoreOnHttpSaysWhereItsHttpsIsAndThePingGreetsItThere(@TempDir Path data) throws Exception {
        var certificate = SelfSignedCertificate.make();
        var trusted = new TrustedCertificates(data);
        trusted.trust(certificate.certificate());
        try (var secure = FakeStore.secure(certificate)) {
            store.redirectingSecurePagesTo(secure.address());
            var plain = new StoreClient(store.address(), trusted);

            plain.ping();

            assertThat(plain.secureServer()).isEqualTo(secure.address());
            assertThat(secure.requests()).containsExactly("/api/catalog/works?page=0&size=1");
        }
    }

    @Test
    void somethingThatIsNotTheStoreIsRefusedPlainly() {
        // The fake store answers unknown paths with a problem; a client pointed below its root reaches one.
        var misdirected = new StoreClient(URI.create(store.address() + "/wrong"));

        assertThatThrownBy(() -> misdirected.searchWorks("x", 0, 50)).isInstanceOf(NotInStoreException.class)
                .hasMessage("No such resource: /wrong/api/catalog/works");
    }

    @Test
    void anErrorPageWithoutProblemDetailsIsStillExplained() {
        store.answerEverythingWith(502, "text/html", "<h1>Bad Gateway</h1>");

        assertThatThrownBy(() -> client.searchWorks("x", 0, 50))
                .isInstanceOfSatisfying(StoreRefusedException.class, refused ->
                        assertThat(refused.status()).isEqualTo(502))
                .hasMessage("The store answered 502 to /api/catalog/works");
    }

    @Test
    void anAnswerThePlayerCannotReadIsReportedAsSuch() {
        store.answerEverythingWith(200, "application/json", "{\"surprise\": ");

        assertThatThrownBy(() -> client.work(1)).isExactlyInstanceOf(StoreException.class)
                .hasMessageContaining("sent an answer this player cannot read");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
