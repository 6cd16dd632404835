package io.backbeat.player.store.venue;

import io.backbeat.delivery.SealedPurchase;
import io.backbeat.delivery.TamperedException;
import io.backbeat.player.store.PlayerKeyring;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The works a zone's timeline plays, kept as the store sealed them for this player ({@code work-<id>.backbeat.gpg}),
 * exactly as purchases are: encrypted at rest, decrypted and checked in memory each time they play.
 */
public final class ScheduledWorkCache {

    private final Path folder;

    public ScheduledWorkCache(Path folder) {
        this.folder = folder;
    }

    public boolean has(long work) {
        return Files.isRegularFile(file(work));
    }

    /** Keeps a download as it arrives; only a complete one that opens with this player's keys takes its place. */
    public void store(long work, InputStream sealed, PlayerKeyring.Unlocked keys) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "work-" + work, ".part");
        try {
            Files.copy(sealed, partial, StandardCopyOption.REPLACE_EXISTING);
            check(open(partial, keys), work, keys);
            Files.move(partial, file(work), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The work's MP3, decrypted in memory and checked: the store's signature holds, for this work and player. */
    public byte[] open(long work, PlayerKeyring.Unlocked keys) throws IOException {
        return check(open(file(work), keys), work, keys).content();
    }

    private static SealedPurchase.Opened check(SealedPurchase.Opened opened, long work, PlayerKeyring.Unlocked keys)
            throws TamperedException {
        if (opened.facts().work() != work || !opened.facts().player().equals(keys.fingerprint())) {
            throw new TamperedException("This file holds work " + opened.facts().work() + " for player "
                    + opened.facts().player() + ", not work " + work + " for this player.");
        }
        return opened;
    }

    private static SealedPurchase.Opened open(Path file, PlayerKeyring.Unlocked keys) throws IOException {
        if (keys.storeKey() == null) {
            throw new IOException("This player does not know the store's key yet: register it with the store.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return SealedPurchase.open(in, keys.decryptionKey(), keys.storeKey());
        }
    }

    private Path file(long work) {
        return folder.resolve("work-" + work + ".backbeat.gpg");
    }
}
