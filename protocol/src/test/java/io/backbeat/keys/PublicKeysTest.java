package io.backbeat.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.Test;

class PublicKeysTest {

    private static final char[] PASSPHRASE = "correct horse".toCharArray();

    @Test
    void aKeyBackbeatMakesIsFitForAPlayer() throws Exception {
        PGPSecretKeyRing secret = PlayerKeys.generate("Backbeat player", PASSPHRASE, 2048);
        String armored = PlayerKeys.armor(PlayerKeys.publicRing(secret));

        var key = PublicKeys.check(armored.getBytes(StandardCharsets.US_ASCII));

        assertThat(armored).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----");
        assertThat(key.fingerprint()).matches("[0-9A-F]{40}").isEqualTo(PlayerKeys.fingerprint(secret.getPublicKey()));
        assertThat(key.encryption().getKeyID()).isNotEqualTo(key.signing().getKeyID());
        assertThat(PublicKeys.check(key.armored().getBytes(StandardCharsets.US_ASCII)).fingerprint())
                .isEqualTo(key.fingerprint());
    }

    @Test
    void junkIsNotAKey() {
        for (String junk : new String[] {"", "hello", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n-----END PGP "
                + "PUBLIC KEY BLOCK-----\n"}) {
            assertThatThrownBy(() -> PublicKeys.check(junk.getBytes(StandardCharsets.US_ASCII)))
                    .isInstanceOf(UnusableKeyException.class)
                    .satisfies(e -> assertThat(((UnusableKeyException) e).code()).isEqualTo("not-a-key"));
        }
    }

    @Test
    void aShortRsaKeyIsTooWeak() {
        PGPSecretKeyRing weak = PlayerKeys.generate("Weak player", PASSPHRASE, 1024);

        assertThatThrownBy(() -> PublicKeys.check(PlayerKeys.armor(PlayerKeys.publicRing(weak))
                .getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnusableKeyException.class).hasMessageContaining("1024 bits")
                .satisfies(e -> assertThat(((UnusableKeyException) e).code()).isEqualTo("weak-key"));
    }

    @Test
    void theWrongPassphraseDoesNotUnlockTheKey() {
        PGPSecretKeyRing secret = PlayerKeys.generate("Backbeat player", PASSPHRASE, 2048);

        assertThatThrownBy(() -> PlayerKeys.signingKey(secret, "wrong".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
    }
}
