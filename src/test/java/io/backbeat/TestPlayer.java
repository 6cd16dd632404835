package io.backbeat;

import io.backbeat.business.PlayRecord;
import io.backbeat.business.SignedPlay;
import io.backbeat.delivery.SealedPurchase;
import io.backbeat.delivery.StreamTicket;
import io.backbeat.keys.PlayerKeys;
import io.backbeat.keys.WrongPassphraseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;

/**
 * A registered player as the tests drive it: its key pair (2048-bit RSA, the smallest the store accepts, so tests
 * make keys quickly), the passphrase protecting it, and its id at the store.
 */
public record TestPlayer(long id, PGPSecretKeyRing keys, char[] passphrase) {

    public static final char[] PASSPHRASE = "test player passphrase".toCharArray();

    public static PGPSecretKeyRing newKeys() {
        return PlayerKeys.generate("Test player", PASSPHRASE, 2048);
    }

    public String fingerprint() {
        return PlayerKeys.fingerprint(keys.getPublicKey());
    }

    public String publicKey() {
        return PlayerKeys.armor(PlayerKeys.publicRing(keys));
    }

    /** The secret keys, armored and still locked by the passphrase, as gpg would export them. */
    public String secretKey() {
        return PlayerKeys.armor(keys);
    }

    /** A fresh stream ticket for downloading this licence. */
    public String ticket(long licence) {
        return ticket(StreamTicket.licence(licence));
    }

    /** A fresh stream ticket for reading this zone's timeline or stream, as the player bound to it. */
    public String zoneTicket(long zone) {
        return ticket(StreamTicket.zone(zone));
    }

    private String ticket(String subject) {
        try {
            return StreamTicket.issue(subject, keys.getPublicKey(), PlayerKeys.signingKey(keys, passphrase));
        } catch (WrongPassphraseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A play record signed as the venue player signs its play log. */
    public SignedPlay sign(PlayRecord play) {
        try {
            return SignedPlay.sign(play, keys.getPublicKey(), PlayerKeys.signingKey(keys, passphrase));
        } catch (WrongPassphraseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decrypts and checks a downloaded purchase, as the player does. */
    public SealedPurchase.Opened open(byte[] sealed, PGPPublicKey storeKey) throws IOException {
        try {
            return SealedPurchase.open(new ByteArrayInputStream(sealed), PlayerKeys.decryptionKey(keys, passphrase),
                    storeKey);
        } catch (WrongPassphraseException e) {
            throw new IllegalStateException(e);
        }
    }
}
