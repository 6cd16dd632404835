package io.backbeat.business;

import java.io.IOException;
import java.util.Base64;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/**
 * A play record with the player's detached OpenPGP signature over its {@link PlayRecord#canonical() canonical bytes}
 * (binary, base64), made as a stream ticket's is. Each record is signed when it is logged, so a record proves itself
 * on its own, however the log is later cut into batches.
 */
public record SignedPlay(PlayRecord play, String signature) {

    /** Signs the record with the player's primary key. */
    public static SignedPlay sign(PlayRecord play, PGPPublicKey player, PGPPrivateKey signingKey) {
        try {
            var generator = new PGPSignatureGenerator(
                    new BcPGPContentSignerBuilder(player.getAlgorithm(), HashAlgorithmTags.SHA256), player);
            generator.init(PGPSignature.BINARY_DOCUMENT, signingKey);
            generator.update(play.canonical());
            return new SignedPlay(play, Base64.getEncoder().encodeToString(generator.generate().getEncoded()));
        } catch (PGPException | IOException e) {
            throw new IllegalStateException("The player could not sign a play record", e);
        }
    }

    /** True when the record was signed by this key (the registered player's primary key) and not changed since. */
    public boolean signedBy(PGPPublicKey key) {
        try {
            Object object = new BcPGPObjectFactory(Base64.getDecoder().decode(signature)).nextObject();
            if (!(object instanceof PGPSignatureList list) || list.size() != 1) {
                return false;
            }
            PGPSignature candidate = list.get(0);
            if (candidate.getKeyID() != key.getKeyID()) {
                return false;
            }
            candidate.init(new BcPGPContentVerifierBuilderProvider(), key);
            candidate.update(play.canonical());
            return candidate.verify();
        } catch (PGPException | IOException | RuntimeException e) {
            return false;
        }
    }
}
