package io.backbeat.keys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.Features;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPPublicKeyRing;
import org.bouncycastle.openpgp.bc.BcPGPSecretKeyRing;
import org.bouncycastle.openpgp.operator.PBESecretKeyEncryptor;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * OpenPGP key pairs as Backbeat makes them for players and for the store: an RSA primary key that certifies and
 * signs, and an RSA subkey that receives encrypted purchases, preferring AES-256 and SHA-256. Plain OpenPGP
 * (RFC 4880 v4 keys), so gpg and any other OpenPGP program can read them.
 */
public final class PlayerKeys {

    /** Where the store publishes its public key, under the site's root, for players to check purchases with. */
    public static final String STORE_KEY_PATH = "/.well-known/backbeat-store-key.asc";

    /** The size of keys Backbeat makes; RSA keys from elsewhere must have at least {@link PublicKeys#MIN_RSA_BITS}. */
    public static final int RSA_BITS = 3072;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PlayerKeys() {
    }

    /** A new key pair for {@code userId}, its secret keys protected by {@code passphrase} (AES-256, iterated S2K). */
    public static PGPSecretKeyRing generate(String userId, char[] passphrase) {
        return generate(userId, passphrase, RSA_BITS);
    }

    /** As {@link #generate(String, char[])} with keys of {@code bits}; tests make smaller keys to refuse them. */
    public static PGPSecretKeyRing generate(String userId, char[] passphrase, int bits) {
        try {
            var rsa = new RSAKeyPairGenerator();
            rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), RANDOM, bits, 100));
            Date now = new Date();
            PGPKeyPair primary = new BcPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, rsa.generateKeyPair(), now);
            PGPKeyPair encryption = new BcPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, rsa.generateKeyPair(), now);

            var primaryPackets = new PGPSignatureSubpacketGenerator();
            primaryPackets.setKeyFlags(false, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            primaryPackets.setPreferredSymmetricAlgorithms(false, new int[] {SymmetricKeyAlgorithmTags.AES_256});
            primaryPackets.setPreferredHashAlgorithms(false,
                    new int[] {HashAlgorithmTags.SHA256, HashAlgorithmTags.SHA512});
            primaryPackets.setFeature(false, Features.FEATURE_MODIFICATION_DETECTION);
            var encryptionPackets = new PGPSignatureSubpacketGenerator();
            encryptionPackets.setKeyFlags(false, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);

            PGPDigestCalculator sha1 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1);
            PGPDigestCalculator sha256 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256);
            PBESecretKeyEncryptor protection = new BcPBESecretKeyEncryptorBuilder(
                    SymmetricKeyAlgorithmTags.AES_256, sha256, 0x90).build(passphrase);
            var ring = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, primary, userId, sha1,
                    primaryPackets.generate(), null,
                    new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
                    protection);
            ring.addSubKey(encryption, encryptionPackets.generate(), null);
            return ring.generateSecretKeyRing();
        } catch (PGPException e) {
            throw new IllegalStateException("Bouncy Castle could not make an OpenPGP key pair", e);
        }
    }

    /** The public half of a key pair, as the store registers it. */
    public static PGPPublicKeyRing publicRing(PGPSecretKeyRing secret) {
        var keys = new java.util.ArrayList<PGPPublicKey>();
        secret.getPublicKeys().forEachRemaining(keys::add);
        return new PGPPublicKeyRing(keys);
    }

    /** The secret key ring read from its armored or binary form. */
    public static PGPSecretKeyRing readSecret(InputStream in) throws IOException {
        try {
            return new BcPGPSecretKeyRing(PGPUtil.getDecoderStream(in));
        } catch (PGPException | RuntimeException e) {
            throw new IOException("This is not an OpenPGP secret key", e);
        }
    }

    /** The key that signs: the primary key, unlocked with the passphrase. */
    public static PGPPrivateKey signingKey(PGPSecretKeyRing ring, char[] passphrase) throws WrongPassphraseException {
        return unlock(ring.getSecretKey(), passphrase);
    }

    /** The key that decrypts: the encryption subkey, unlocked with the passphrase. */
    public static PGPPrivateKey decryptionKey(PGPSecretKeyRing ring, char[] passphrase)
            throws WrongPassphraseException {
        for (PGPSecretKey key : ring) {
            if (!key.isMasterKey() && key.getPublicKey().isEncryptionKey()) {
                return unlock(key, passphrase);
            }
        }
        throw new IllegalArgumentException("This key pair has no encryption subkey");
    }

    private static PGPPrivateKey unlock(PGPSecretKey key, char[] passphrase) throws WrongPassphraseException {
        try {
            return key.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                    .build(passphrase));
        } catch (PGPException e) {
            throw new WrongPassphraseException();
        }
    }

    /** The 40 hex digits that name a key (its v4 fingerprint), in upper case as gpg prints them. */
    public static String fingerprint(PGPPublicKey key) {
        return HexFormat.of().withUpperCase().formatHex(key.getFingerprint());
    }

    /** ASCII-armored text of a key ring (public or secret), as gpg exports it. */
    public static String armor(org.bouncycastle.openpgp.PGPKeyRing ring) {
        var bytes = new ByteArrayOutputStream();
        try (var armored = ArmoredOutputStream.builder().clearHeaders().build(bytes)) {
            ring.encode(armored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    /**
     * A public key ring from its armored or binary form, such as the store's published key; {@link PublicKeys#check}
     * says whether a player's key is fit to use.
     */
    public static PGPPublicKeyRing readPublic(byte[] bytes) throws IOException {
        try {
            return new BcPGPPublicKeyRing(PGPUtil.getDecoderStream(new ByteArrayInputStream(bytes)));
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
