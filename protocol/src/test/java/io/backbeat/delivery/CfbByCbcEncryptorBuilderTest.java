package io.backbeat.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Random;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.operator.PGPDataEncryptor;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.junit.jupiter.api.Test;

class CfbByCbcEncryptorBuilderTest {

    private final Random random = new Random(20261204);

    @Test
    void writesTheSameBytesAsTheJdksCfbWhateverTheWritesLengths() throws Exception {
        byte[] key = new byte[32];
        random.nextBytes(key);
        byte[] plain = new byte[300_000];
        random.nextBytes(plain);
        PGPDataEncryptor fast = new CfbByCbcEncryptorBuilder(new SecureRandom(), Hashing.inline()).build(key);
        PGPDataEncryptor reference = new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                .setWithIntegrityPacket(true).build(key);

        // Single bytes, part blocks, whole blocks and spans longer than the stream's buffer, in random order.
        int[] lengths = {1, 15, 16, 17, 3, 200_000, 31, 1, 64 * 1024 + 5};
        var fastOut = new ByteArrayOutputStream();
        var referenceOut = new ByteArrayOutputStream();
        try (OutputStream fastStream = fast.getOutputStream(fastOut);
             OutputStream referenceStream = reference.getOutputStream(referenceOut)) {
            int at = 0;
            for (int i = 0; at < plain.length; i++) {
                int length = Math.min(plain.length - at, i < lengths.length ? lengths[i] : 1 + random.nextInt(5000));
                if (length == 1) {
                    fastStream.write(plain[at]);
                    referenceStream.write(plain[at]);
                } else {
                    fastStream.write(plain, at, length);
                    referenceStream.write(plain, at, length);
                }
                at += length;
            }
        }

        assertThat(fastOut.toByteArray()).hasSize(plain.length).isEqualTo(referenceOut.toByteArray());
        assertThat(fast.getBlockSize()).isEqualTo(reference.getBlockSize());
    }
}
