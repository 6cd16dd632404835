package io.backbeat.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.keys.PlayerKeys;
import java.security.KeyPairGenerator;
import java.util.Date;
import java.util.Random;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.PGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyConverter;
import org.junit.jupiter.api.Test;

class RsaSha256SignerBuilderTest {

    private static final char[] PASSPHRASE = "correct horse".toCharArray();
    private static final PGPSecretKeyRing STORE = PlayerKeys.generate("Backbeat store", PASSPHRASE, 2048);

    /** PKCS #1 v1.5 signatures are deterministic: the same key, data and subpackets give the same bytes. */
    @Test
    void signsExactlyAsBouncyCastlesOwnBuilderDoes() throws Exception {
        byte[] data = new byte[1_000_003];
        new Random(5).nextBytes(data);
        PGPPrivateKey key = PlayerKeys.signingKey(STORE, PASSPHRASE);
        PGPPublicKey publicKey = STORE.getPublicKey();
        Date created = new Date(1_700_000_000_000L);

        PGPSignature ours = sign(new RsaSha256SignerBuilder(RsaSha256SignerBuilder.sha256()), key, publicKey, created, data);
        PGPSignature theirs = sign(new JcaPGPContentSignerBuilder(publicKey.getAlgorithm(), HashAlgorithmTags.SHA256),
                key, publicKey, created, data);

        assertThat(ours.getEncoded()).isEqualTo(theirs.getEncoded());
        ours.init(new BcPGPContentVerifierBuilderProvider(), publicKey);
        ours.update(data);
        assertThat(ours.verify()).isTrue();
    }

    @Test
    void aKeyThatIsNotRsaIsRefusedSayingSo() throws Exception {
        var ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var converter = new JcaPGPKeyConverter();
        PGPPublicKey publicKey = converter.getPGPPublicKey(PublicKeyAlgorithmTags.Ed25519,
                ed25519.getPublic(), new Date());
        PGPPrivateKey privateKey = converter.getPGPPrivateKey(publicKey, ed25519.getPrivate());

        assertThatThrownBy(() -> new RsaSha256SignerBuilder(RsaSha256SignerBuilder.sha256()).build(PGPSignature.BINARY_DOCUMENT, privateKey))
                .isInstanceOf(PGPException.class).hasMessageContaining("RSA keys only");
    }

    private static PGPSignature sign(PGPContentSignerBuilder builder, PGPPrivateKey key, PGPPublicKey publicKey,
                                     Date created, byte[] data) throws PGPException {
        var generator = new PGPSignatureGenerator(builder, publicKey);
        generator.init(PGPSignature.BINARY_DOCUMENT, key);
        var hashed = new PGPSignatureSubpacketGenerator();
        hashed.setSignatureCreationTime(false, created);
        hashed.setIssuerFingerprint(false, publicKey);
        generator.setHashedSubpackets(hashed.generate());
        for (int at = 0; at < data.length; at += 65_536) {
            generator.update(data, at, Math.min(65_536, data.length - at));
        }
        return generator.generate();
    }
}
