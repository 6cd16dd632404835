package io.backbeat.player.viewcontroller;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.store.TrustedCertificates;
import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.SelfSignedCertificate;
import io.backbeat.player.testing.UiThread;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreConnectionTest {

    private static SelfSignedCertificate certificate;

    @TempDir
    Path data;

    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);
    private final List<String> offers = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private FakeStore store;

    @BeforeAll
    static void makeCertificate() throws Exception {
        certificate = SelfSignedCertificate.make();
    }

    @AfterEach
    void stop() {
        tasks.close();
        ui.close();
        store.close();
    }

    @Test
    void connectingToASelfSignedStoreAsksOnceWhetherToTrustItAndRemembersTheAnswer() throws Exception {
        store = FakeStore.secure(certificate);
        var status = new StoreStatus(store.address());
        var trusted = new TrustedCertificates(data);
        ui.run(() -> connection(status, trusted, true).checkReachable());

        ui.awaitUntil("connected", () -> status.summary().endsWith(": connected") && !store.requests().isEmpty());
        assertThat(offers).singleElement().asString().startsWith("Trust this store?: The store at " + store.address()
                + " shows a certificate that no authority vouches for.").contains("SHA-256 "
                + TrustedCertificates.fingerprint(certificate.certificate())).endsWith("[Trust]");
        assertThat(new TrustedCertificates(data).trusts(certificate.certificate())).isTrue();

        ui.run(() -> connection(status, new TrustedCertificates(data), true).checkReachable());
        ui.awaitUntil("checked again", () -> store.requests().size() >= 2);
        assertThat(offers).hasSize(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void aStoreTheUserDoesNotTrustIsNotTalkedToAndTheMessageSaysWhy() throws Exception {
        store = FakeStore.secure(certificate);
        var status = new StoreStatus(store.address());
        var trusted = new TrustedCertificates(data);
        var connection = ui.read(() -> connection(status, trusted, false));
        ui.run(connection::checkReachable);
        ui.awaitUntil("the offer", () -> !offers.isEmpty());

        var said = new CopyOnWriteArrayList<String>();
        ui.run(() -> tasks.run(() -> connection.client().points(null), ignored -> said.add("answered"),
                failure -> said.add(connection.explain(failure))));
        ui.awaitUntil("the refusal", () -> !said.isEmpty());
        assertThat(said).singleElement().asString().endsWith(", so the player does not talk to it on HTTPS.");
        assertThat(trusted.trusts(certificate.certificate())).isFalse();
        assertThat(store.requests()).isEmpty();
    }

    private StoreConnection connection(StoreStatus status, TrustedCertificates trusted, boolean answer) {
        return new StoreConnection(address -> new StoreClient(address, trusted), tasks, status, trusted,
                new PlayerView() {
                    @Override
                    public void showProblem(String title, String message) {
                        problems.add(title + ": " + message);
                    }

                    @Override
                    public boolean offer(String title, String message, String action) {
                        offers.add(title + ": " + message + " [" + action + "]");
                        return answer;
                    }
                });
    }
}
