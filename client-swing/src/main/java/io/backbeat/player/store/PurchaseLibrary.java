package io.backbeat.player.store;

import io.backbeat.delivery.SealedPurchase;
import io.backbeat.delivery.TamperedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The purchases this player has downloaded, kept exactly as the store sent them: encrypted for this player's key
 * and signed by the store ({@code licence-<id>.backbeat.gpg}). They are decrypted in memory, and checked, each time
 * they play, so they play with the store unreachable and are useless to anyone without this player's key.
 */
public final class PurchaseLibrary {

    private static final Pattern FILE = Pattern.compile("licence-(\\d+)\\.backbeat\\.gpg");

    private final Path folder;

    public PurchaseLibrary(Path folder) {
        this.folder = folder;
    }

    /** Keeps a download as it arrives; only a complete one that opens with this player's keys takes its place. */
    public Path store(long licence, InputStream sealed, PlayerKeyring.Unlocked keys) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "licence-" + licence, ".part");
        try {
            Files.copy(sealed, partial, StandardCopyOption.REPLACE_EXISTING);
            open(partial, keys);
            return Files.move(partial, file(licence), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The licences downloaded here. */
    public List<Long> licences() throws IOException {
        var licences = new ArrayList<Long>();
        if (!Files.isDirectory(folder)) {
            return licences;
        }
        try (var files = Files.list(folder)) {
            files.forEach(file -> {
                var matcher = FILE.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    licences.add(Long.parseLong(matcher.group(1)));
                }
            });
        }
        licences.sort(null);
        return licences;
    }

    /** A downloaded purchase, decrypted in memory and checked: the store's signature and the integrity check hold. */
    public SealedPurchase.Opened open(long licence, PlayerKeyring.Unlocked keys) throws IOException {
        SealedPurchase.Opened opened = open(file(licence), keys);
        if (opened.facts().licence() != licence) {
            throw new TamperedException("This file holds licence " + opened.facts().licence() + ", not " + licence + ".");
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

    private Path file(long licence) {
        return folder.resolve("licence-" + licence + ".backbeat.gpg");
    }
}
