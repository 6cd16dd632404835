package io.backbeat.keys;

import io.backbeat.delivery.SealedPurchase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The store's own OpenPGP key pair, which signs every purchase it sends. Made on first start and kept, its secret
 * keys under a passphrase, in {@code backbeat-store-key.asc} in the server's configuration folder (like the TLS
 * keystore beside it). Every node of a cluster must be given the same file. Its public half is published at
 * {@code /.well-known/backbeat-store-key.asc} so players can check what they receive.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class StoreKey {

    static final String FILE = "backbeat-store-key.asc";

    private static final Logger LOG = Logger.getLogger(StoreKey.class.getName());

    @Inject
    @ConfigProperty(name = "backbeat.keys.store-passphrase", defaultValue = "backbeat-store-key")
    String passphrase;

    private SealedPurchase.Signer signer;
    private String publicKey;

    @PostConstruct
    void load() {
        Path file = Path.of(System.getProperty("jboss.server.config.dir", "."), FILE);
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            PGPSecretKeyRing ring;
            try (InputStream in = Files.newInputStream(file)) {
                ring = PlayerKeys.readSecret(in);
            }
            signer = new SealedPurchase.Signer(PlayerKeys.signingKey(ring, passphrase.toCharArray()),
                    ring.getPublicKey());
            publicKey = PlayerKeys.armor(PlayerKeys.publicRing(ring));
            LOG.info(() -> "The store signs purchases with key " + PlayerKeys.fingerprint(ring.getPublicKey())
                    + " from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("The store key " + file + " cannot be read or made", e);
        } catch (WrongPassphraseException e) {
            throw new IllegalStateException("backbeat.keys.store-passphrase does not unlock the store key " + file, e);
        }
    }

    private void create(Path file) throws IOException {
        PGPSecretKeyRing ring = PlayerKeys.generate("Backbeat store <store@backbeat.io>", passphrase.toCharArray());
        Path made = Files.createTempFile(file.getParent(), FILE, ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(made, PlayerKeys.armor(ring), StandardCharsets.US_ASCII);
        try {
            Files.move(made, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(made, file);
        }
        LOG.info(() -> "Made the store's signing key in " + file);
    }

    /** The key purchases are signed with: only the store's own services may hold it. */
    @RolesAllowed(KeyService.ROLE)
    public SealedPurchase.Signer signer() {
        return signer;
    }

    /** The store's public key, armored, for anyone to check purchases with. */
    @PermitAll
    public String publicKey() {
        return publicKey;
    }
}
