package io.backbeat.delivery;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.bcpg.sig.NotationData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPOnePassSignature;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * A purchased work as it travels and as the player keeps it: one standard OpenPGP message, encrypted with AES-256
 * and an integrity check (SEIPD with MDC) to the player's encryption key, holding a one-pass signature by the store
 * key over the literal data. The licence, work and player ride in the signature as hashed notations, so they are
 * signed too, and nothing else about the customer is inside. It is written as the bytes stream (partial-length
 * packets), so a work of any length goes out without being held in memory; gpg reads it like any other message.
 */
public final class SealedPurchase {

    /** Notation names under Backbeat's domain, as RFC 4880 asks of private notations. */
    public static final String LICENCE = "licence@backbeat.io";
    public static final String WORK = "work@backbeat.io";
    public static final String PLAYER = "player@backbeat.io";

    private static final int BUFFER = 1 << 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a sealed purchase says about itself: signed by the store with the rest. */
    public record Facts(long licence, long work, String player, String fileName) {
    }

    /** The store's signing key, private and public halves. */
    public record Signer(PGPPrivateKey privateKey, PGPPublicKey publicKey) {
    }

    private SealedPurchase() {
    }

    /**
     * An output stream that seals what is written to it into {@code out}: closing it writes the signature and
     * the integrity check (and does not close {@code out}).
     */
    public static OutputStream seal(OutputStream out, PGPPublicKey recipient, Signer store, Facts facts)
            throws IOException {
        return seal(out, recipient, store, facts, Hashing.inline(), ContentDigests.unknown());
    }

    /**
     * The same, with the hashes computed where {@code hashing} says (close it afterwards, however it went), and the
     * signature's hash of the content taken from {@code master} when an earlier sealing of it left it there: the
     * content written must then be that master's bytes, all of them. A sealing that hashes the whole content leaves
     * its hash there.
     */
    public static OutputStream seal(OutputStream out, PGPPublicKey recipient, Signer store, Facts facts,
                                    Hashing hashing, ContentDigests.Master master) throws IOException {
        try {
            Date now = new Date();
            var encryption = new PGPEncryptedDataGenerator(new CfbByCbcEncryptorBuilder(RANDOM, hashing));
            encryption.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(recipient).setSecureRandom(RANDOM));
            OutputStream encrypted = encryption.open(new Unclosable(out), new byte[BUFFER]);

            Optional<MessageDigest> known = master.known();
            MessageDigest content = known.orElseGet(RsaSha256SignerBuilder::sha256);
            var signature = new PGPSignatureGenerator(new RsaSha256SignerBuilder(content), store.publicKey());
            signature.init(PGPSignature.BINARY_DOCUMENT, store.privateKey());
            var hashed = new PGPSignatureSubpacketGenerator();
            hashed.setSignatureCreationTime(false, now);
            hashed.setIssuerFingerprint(false, store.publicKey());
            hashed.addNotationData(false, true, LICENCE, Long.toString(facts.licence()));
            hashed.addNotationData(false, true, WORK, Long.toString(facts.work()));
            hashed.addNotationData(false, true, PLAYER, facts.player());
            signature.setHashedSubpackets(hashed.generate());
            signature.generateOnePassVersion(false).encode(encrypted);

            var literal = new PGPLiteralDataGenerator();
            OutputStream plain = literal.open(encrypted, PGPLiteralData.BINARY, facts.fileName(), now,
                    new byte[BUFFER]);
            // A binary signature hashes the content as it is, so its bytes go straight to the digest.
            OutputStream signed = known.isPresent() ? OutputStream.nullOutputStream()
                    : hashing.feeding(new DigestOutputStream(OutputStream.nullOutputStream(), content));
            return new FilterOutputStream(plain) {
                @Override
                public void write(int b) throws IOException {
                    plain.write(b);
                    signed.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    plain.write(bytes, offset, length);
                    signed.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    plain.close();
                    hashing.await();
                    if (known.isEmpty()) {
                        master.learnt(content);
                    }
                    try {
                        signature.generate().encode(encrypted);
                    } catch (PGPException e) {
                        throw new IOException("The store could not sign the purchase", e);
                    }
                    encrypted.close();
                }
            };
        } catch (PGPException e) {
            throw new IOException("The purchase could not be sealed: " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts and checks a sealed purchase: the plaintext and its facts, or {@link TamperedException} when the
     * store's signature or the integrity check fails, or the message was not for this key. The bytes stay in memory.
     */
    public static Opened open(InputStream sealed, PGPPrivateKey decryptionKey, PGPPublicKey storeKey)
            throws IOException {
        try {
            var outer = new BcPGPObjectFactory(PGPUtil.getDecoderStream(sealed));
            Object next = outer.nextObject();
            while (next != null && !(next instanceof PGPEncryptedDataList)) {
                next = outer.nextObject();
            }
            if (next == null) {
                throw new TamperedException("This is not an encrypted Backbeat purchase.");
            }
            PGPPublicKeyEncryptedData forUs = null;
            for (PGPEncryptedData data : (PGPEncryptedDataList) next) {
                if (data instanceof PGPPublicKeyEncryptedData candidate
                        && candidate.getKeyIdentifier().getKeyId() == decryptionKey.getKeyID()) {
                    forUs = candidate;
                }
            }
            if (forUs == null) {
                throw new TamperedException("This purchase was sealed for another player.");
            }
            if (!forUs.isIntegrityProtected()) {
                throw new TamperedException("This purchase carries no integrity check.");
            }
            var inner = new BcPGPObjectFactory(forUs.getDataStream(new BcPublicKeyDataDecryptorFactory(decryptionKey)));
            if (!(inner.nextObject() instanceof PGPOnePassSignatureList onePass) || onePass.isEmpty()) {
                throw new TamperedException("This purchase is not signed by the store.");
            }
            PGPOnePassSignature check = onePass.get(0);
            if (check.getKeyID() != storeKey.getKeyID()) {
                throw new TamperedException("This purchase is signed by another key than the store's.");
            }
            check.init(new BcPGPContentVerifierBuilderProvider(), storeKey);
            if (!(inner.nextObject() instanceof PGPLiteralData literal)) {
                throw new TamperedException("This purchase holds no content.");
            }
            byte[] content = literal.getDataStream().readAllBytes();
            check.update(content);
            if (!(inner.nextObject() instanceof PGPSignatureList signatures) || signatures.isEmpty()
                    || !check.verify(signatures.get(0))) {
                throw new TamperedException("The store's signature does not match: the file has been altered.");
            }
            if (!forUs.verify()) {
                throw new TamperedException("The integrity check failed: the file has been altered.");
            }
            return new Opened(facts(signatures.get(0), literal.getFileName()), content);
        } catch (PGPException | RuntimeException e) {
            throw new TamperedException("This purchase cannot be opened: " + e.getMessage());
        }
    }

    /** A purchase opened and checked. */
    public record Opened(Facts facts, byte[] content) {
    }

    private static Facts facts(PGPSignature signature, String fileName) throws TamperedException {
        var notations = new java.util.HashMap<String, String>();
        for (NotationData notation : signature.getHashedSubPackets().getNotationDataOccurrences()) {
            notations.put(notation.getNotationName(), notation.getNotationValue());
        }
        try {
            return new Facts(Long.parseLong(notations.get(LICENCE)), Long.parseLong(notations.get(WORK)),
                    notations.get(PLAYER), fileName);
        } catch (NumberFormatException e) {
            throw new TamperedException("The purchase does not name its licence and work.");
        }
    }

    /** Keeps the caller's stream open when Bouncy Castle closes what it wrapped. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
