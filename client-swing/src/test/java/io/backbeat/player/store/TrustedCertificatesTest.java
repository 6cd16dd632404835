package io.backbeat.player.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.SelfSignedCertificate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedCertificatesTest {

    private static SelfSignedCertificate certificate;

    @TempDir
    Path data;

    @BeforeAll
    static void makeCertificate() throws Exception {
        certificate = SelfSignedCertificate.make();
    }

    @Test
    void aSelfSignedStoreIsRefusedWithItsFingerprintUntilTrustedAndNothingIsSent() throws Exception {
        try (var store = FakeStore.secure(certificate)) {
            var client = new StoreClient(store.address(), new TrustedCertificates(data));

            assertThatThrownBy(client::ping).isInstanceOfSatisfying(StoreUntrustedException.class, untrusted -> {
                assertThat(untrusted.certificate()).isEqualTo(certificate.certificate());
                assertThat(untrusted.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
                assertThat(untrusted.getMessage()).isEqualTo("The store at " + store.address()
                        + " shows a certificate that no authority vouches for (SHA-256 " + untrusted.fingerprint()
                        + ")");
            });
            assertThat(store.requests()).isEmpty();
        }
    }

    @Test
    void aTrustedCertificateStaysTrustedInTheNextRunAndNoOtherIsTrustedWithIt() throws Exception {
        new TrustedCertificates(data).trust(certificate.certificate());
        var nextRun = new TrustedCertificates(data);
        try (var store = FakeStore.secure(certificate); var impostor = FakeStore.secure(SelfSignedCertificate.make())) {
            new StoreClient(store.address(), nextRun).ping();
            assertThat(store.requests()).isNotEmpty();

            assertThatThrownBy(new StoreClient(impostor.address(), nextRun)::ping)
                    .isInstanceOf(StoreUntrustedException.class);
            assertThat(impostor.requests()).isEmpty();
        }
    }

    @Test
    void aClientTrustingOnlyAuthoritiesRefusesTheStore() throws Exception {
        try (var store = FakeStore.secure(certificate)) {
            assertThatThrownBy(new StoreClient(store.address())::ping).isInstanceOf(StoreUnreachableException.class)
                    .hasMessageStartingWith("The store at " + store.address() + " and this player found no safe way");
        }
    }

    @Test
    void anUnreadableFileTrustsNothingAndIsReplacedWhenTheUserTrustsAgain() throws Exception {
        Files.writeString(data.resolve("trusted-certificates.pem"), "-----BEGIN CERTIFICATE-----\njunk\n");
        var trusted = new TrustedCertificates(data);
        assertThat(trusted.trusts(certificate.certificate())).isFalse();

        trusted.trust(certificate.certificate());
        assertThat(new TrustedCertificates(data).trusts(certificate.certificate())).isTrue();
    }
}
