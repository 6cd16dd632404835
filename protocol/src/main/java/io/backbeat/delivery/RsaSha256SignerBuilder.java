package io.backbeat.delivery;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.operator.PGPContentSigner;
import org.bouncycastle.openpgp.operator.PGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyConverter;

/**
 * OpenPGP signatures by an RSA key over SHA-256 that hash each signed byte once. Bouncy Castle's
 * {@code JcaPGPContentSignerBuilder} hashes every byte twice, once in a {@code SHA256withRSA} {@link Signature} and
 * again for the two digest bytes a signature packet carries: for a sealed purchase, a second SHA-256 pass over the
 * whole work. Here one {@link MessageDigest} takes the bytes, and its digest is signed with PKCS #1 v1.5 as
 * {@code SHA256withRSA} would (an RFC 8017 DigestInfo under {@code NONEwithRSA}), so the signature is the same.
 * The digest may start from where an earlier hashing left it ({@link ContentDigests}): a builder is for one signature.
 */
final class RsaSha256SignerBuilder implements PGPContentSignerBuilder {

    /** DER of DigestInfo { AlgorithmIdentifier { id-sha256, NULL }, OCTET STRING (32 bytes) } up to the digest. */
    private static final byte[] DIGEST_INFO = {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, (byte) 0x86, 0x48, 0x01,
            0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20};

    private final MessageDigest sha256;

    /** Signs what is hashed into {@code sha256} after what it holds already. */
    RsaSha256SignerBuilder(MessageDigest sha256) {
        if (!"SHA-256".equals(sha256.getAlgorithm())) {
            throw new IllegalArgumentException("A SHA-256 digest, not " + sha256.getAlgorithm());
        }
        this.sha256 = sha256;
    }

    /** A fresh SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No SHA-256 in this JDK", e);
        }
    }

    @Override
    public PGPContentSigner build(int signatureType, PGPPrivateKey key) throws PGPException {
        int algorithm = key.getPublicKeyPacket().getAlgorithm();
        if (algorithm != PublicKeyAlgorithmTags.RSA_GENERAL && algorithm != PublicKeyAlgorithmTags.RSA_SIGN) {
            throw new PGPException("The store signs with RSA keys only; this key's algorithm is " + algorithm);
        }
        PrivateKey rsa = new JcaPGPKeyConverter().getPrivateKey(key);
        return new PGPContentSigner() {
            private final OutputStream hashing = new DigestOutputStream(OutputStream.nullOutputStream(), sha256);
            private byte[] digest;

            @Override
            public OutputStream getOutputStream() {
                return hashing;
            }

            @Override
            public byte[] getSignature() {
                try {
                    Signature signature = Signature.getInstance("NONEwithRSA");
                    signature.initSign(rsa);
                    signature.update(DIGEST_INFO);
                    signature.update(getDigest());
                    return signature.sign();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("The RSA signature failed: " + e.getMessage(), e);
                }
            }

            @Override
            public byte[] getDigest() {
                if (digest == null) {
                    digest = sha256.digest();
                }
                return digest;
            }

            @Override
            public int getType() {
                return signatureType;
            }

            @Override
            public int getHashAlgorithm() {
                return HashAlgorithmTags.SHA256;
            }

            @Override
            public int getKeyAlgorithm() {
                return algorithm;
            }

            @Override
            public long getKeyID() {
                return key.getKeyID();
            }
        };
    }
}
