package io.backbeat.keys;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/**
 * Decides whether a public key someone sends is fit to be a player's key: it must be OpenPGP, certified by itself,
 * not revoked or expired, strong enough, and have a subkey bound to it that can receive encrypted purchases.
 */
public final class PublicKeys {

    /** RSA below this many bits is refused; NIST deprecates it and Backbeat itself makes {@value PlayerKeys#RSA_BITS}. */
    public static final int MIN_RSA_BITS = 2048;

    private static final Set<Integer> RSA = Set.of(PublicKeyAlgorithmTags.RSA_GENERAL,
            PublicKeyAlgorithmTags.RSA_SIGN, PublicKeyAlgorithmTags.RSA_ENCRYPT);
    private static final Set<Integer> SIGNING = Set.of(PublicKeyAlgorithmTags.RSA_GENERAL,
            PublicKeyAlgorithmTags.RSA_SIGN, PublicKeyAlgorithmTags.EDDSA_LEGACY, PublicKeyAlgorithmTags.Ed25519,
            PublicKeyAlgorithmTags.ECDSA);
    private static final Set<Integer> ENCRYPTING = Set.of(PublicKeyAlgorithmTags.RSA_GENERAL,
            PublicKeyAlgorithmTags.RSA_ENCRYPT, PublicKeyAlgorithmTags.ECDH, PublicKeyAlgorithmTags.X25519);

    /** A key fit for a player: the ring, the key its tickets are signed with, the key purchases are encrypted to. */
    public record PlayerKey(PGPPublicKeyRing ring, PGPPublicKey signing, PGPPublicKey encryption) {

        public String fingerprint() {
            return PlayerKeys.fingerprint(signing);
        }

        public String armored() {
            return PlayerKeys.armor(ring);
        }
    }

    private PublicKeys() {
    }

    /** The key in {@code armoredOrBinary}, checked; the exception says what is wrong with it. */
    public static PlayerKey check(byte[] armoredOrBinary) throws UnusableKeyException {
        PGPPublicKeyRing ring;
        try {
            ring = PlayerKeys.readPublic(armoredOrBinary);
        } catch (IOException e) {
            throw new UnusableKeyException("not-a-key", "This is not an OpenPGP public key. Send the key as the "
                    + "player or gpg exports it (gpg --armor --export), starting with "
                    + "-----BEGIN PGP PUBLIC KEY BLOCK-----.");
        }
        PGPPublicKey primary = ring.getPublicKey();
        if (primary == null) {
            throw new UnusableKeyException("not-a-key", "This key block holds no public key.");
        }
        usable(primary, "The primary key");
        if (!SIGNING.contains(primary.getAlgorithm())) {
            throw new UnusableKeyException("unsupported-key", "The primary key cannot sign (algorithm "
                    + primary.getAlgorithm() + "); use RSA or Ed25519.");
        }
        if (!selfCertified(primary)) {
            throw new UnusableKeyException("not-self-signed",
                    "The key carries no valid self-signature on a user id: it may have been altered.");
        }
        Iterator<PGPPublicKey> keys = ring.getPublicKeys();
        while (keys.hasNext()) {
            PGPPublicKey key = keys.next();
            if (!key.isMasterKey() && ENCRYPTING.contains(key.getAlgorithm()) && key.isEncryptionKey()
                    && bound(primary, key)) {
                usable(key, "The encryption subkey");
                return new PlayerKey(ring, primary, key);
            }
        }
        throw new UnusableKeyException("no-encryption-key", "The key has no valid subkey that can receive "
                + "encrypted purchases (RSA or Curve25519).");
    }

    private static void usable(PGPPublicKey key, String which) throws UnusableKeyException {
        if (RSA.contains(key.getAlgorithm()) && key.getBitStrength() < MIN_RSA_BITS) {
            throw new UnusableKeyException("weak-key", which + " is RSA with " + key.getBitStrength()
                    + " bits; at least " + MIN_RSA_BITS + " are needed (Backbeat makes " + PlayerKeys.RSA_BITS + ").");
        }
        if (!RSA.contains(key.getAlgorithm()) && key.getBitStrength() > 0 && key.getBitStrength() < 255) {
            throw new UnusableKeyException("weak-key", which + " has only " + key.getBitStrength() + " bits.");
        }
        if (key.hasRevocation()) {
            throw new UnusableKeyException("revoked-key", which + " has been revoked by its owner.");
        }
        long validSeconds = key.getValidSeconds();
        if (validSeconds > 0 && key.getCreationTime().getTime() + validSeconds * 1000 < System.currentTimeMillis()) {
            throw new UnusableKeyException("expired-key", which + " has expired.");
        }
    }

    private static boolean selfCertified(PGPPublicKey primary) {
        Iterator<String> ids = primary.getUserIDs();
        while (ids.hasNext()) {
            String id = ids.next();
            Iterator<PGPSignature> signatures = primary.getSignaturesForID(id);
            while (signatures != null && signatures.hasNext()) {
                PGPSignature signature = signatures.next();
                try {
                    signature.init(new BcPGPContentVerifierBuilderProvider(), primary);
                    if (signature.getKeyID() == primary.getKeyID() && signature.verifyCertification(id, primary)) {
                        return true;
                    }
                } catch (PGPException | RuntimeException e) {
                    // A signature we cannot check does not certify anything; look at the next one.
                }
            }
        }
        return false;
    }

    private static boolean bound(PGPPublicKey primary, PGPPublicKey subkey) {
        Iterator<PGPSignature> signatures = subkey.getSignaturesOfType(PGPSignature.SUBKEY_BINDING);
        while (signatures.hasNext()) {
            PGPSignature signature = signatures.next();
            try {
                signature.init(new BcPGPContentVerifierBuilderProvider(), primary);
                if (signature.verifyCertification(primary, subkey)) {
                    return true;
                }
            } catch (PGPException | RuntimeException e) {
                // As above: an unverifiable binding binds nothing.
            }
        }
        return false;
    }
}
