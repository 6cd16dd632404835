package io.backbeat.player.viewcontroller;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.keys.PlayerKeys;
import io.backbeat.player.model.Account;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.testing.FakeStore;
import io.backbeat.player.testing.UiThread;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountControllerTest {

    // Making a 3072-bit key pair takes seconds, longer on a busy machine.
    private static final Duration KEY_MAKING = Duration.ofSeconds(60);

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    @TempDir
    Path folder;

    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);
    private final FakeStore store = new FakeStore().withCustomer("ada@example.org", "s3cret", "Ada", 1000);
    private final Preferences prefs = Preferences.userRoot().node("io/backbeat/player-test/" + UUID.randomUUID());
    private final PlayerSettings settings = new PlayerSettings(prefs);
    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    AccountControllerTest() throws Exception {
    }

    @AfterEach
    void stop() throws BackingStoreException {
        tasks.close();
        ui.close();
        store.close();
        prefs.removeNode();
    }

    @Test
    void signingInShowsTheCustomerTheirPointsAndABasicPlayer() throws Exception {
        var controller = controller(store.address());
        ui.run(controller::start);

        ui.run(() -> controller.signIn("ada@example.org", "s3cret"));

        var account = controller.account();
        ui.awaitUntil("signed in", () -> account.status() == Account.Status.SIGNED_IN);
        assertThat(ui.read(account::who)).isEqualTo("Signed in as Ada (ada@example.org)");
        assertThat(ui.read(account::pointsText)).isEqualTo(String.format("%,d points", 1000));
        assertThat(ui.read(() -> account.registration())).isEqualTo(Account.Registration.BASIC);
        assertThat(ui.read(account::registrationText)).startsWith("This is a basic player");
        assertThat(settings.email()).isEqualTo("ada@example.org");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aWrongPasswordOrAnUnreachableStoreIsSaidPlainly() throws Exception {
        var controller = controller(store.address());
        ui.run(() -> controller.signIn("ada@example.org", "wrong"));
        ui.awaitUntil("a dialog", () -> dialogs.size() == 1);

        var nowhere = controller(URI.create("http://127.0.0.1:9"));
        ui.run(() -> nowhere.signIn("ada@example.org", "s3cret"));
        ui.awaitUntil("a second dialog", () -> dialogs.size() == 2);

        assertThat(dialogs.get(0)).isEqualTo("Cannot sign in: The store does not know this e-mail and password.");
        assertThat(dialogs.get(1)).startsWith("Cannot sign in: Cannot connect to the store at http://127.0.0.1:9");
        assertThat(ui.read(() -> controller.account().status())).isEqualTo(Account.Status.SIGNED_OUT);
        assertThat(controller.credentials()).isEmpty();
    }

    @Test
    void registeringMakesAKeyUnderThePassphraseRegistersItAndARevokedPlayerSaysSo() throws Exception {
        var controller = signedIn();

        ui.run(() -> controller.register("Kitchen laptop", PASSPHRASE));

        var account = controller.account();
        ui.awaitUntil("registered", KEY_MAKING, () -> account.registration() == Account.Registration.ACTIVE);
        var keyring = keyring();
        assertThat(store.players()).singleElement().satisfies(player -> {
            assertThat(player.name()).isEqualTo("Kitchen laptop");
            assertThat(player.fingerprint()).isEqualTo(keyring.fingerprint().orElseThrow());
        });
        assertThat(ui.read(account::registrationText)).startsWith("Registered as “Kitchen laptop” (key …");
        var unlocked = keyring.unlock(PASSPHRASE);
        assertThat(PlayerKeys.fingerprint(unlocked.storeKey()))
                .isEqualTo(PlayerKeys.fingerprint(store.storeKey().getPublicKey()));

        store.revokeAllPlayers();
        ui.run(controller::refresh);

        ui.awaitUntil("revoked", () -> account.registration() == Account.Registration.REVOKED);
        assertThat(ui.read(account::registrationText)).startsWith("This player was revoked on ")
                .contains("It can no longer download purchases.");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aKeyMadeEarlierIsRegisteredOnlyWithItsOwnPassphrase() throws Exception {
        keyring().create("Kitchen laptop", PASSPHRASE);
        var controller = signedIn();
        ui.awaitUntil("the key found unregistered",
                () -> controller.account().registration() == Account.Registration.NOT_REGISTERED);

        ui.run(() -> controller.register("Kitchen laptop", "guess".toCharArray()));
        ui.awaitUntil("a dialog", () -> dialogs.size() == 1);
        assertThat(dialogs).containsExactly("Cannot register this player: Wrong passphrase: it does not unlock this"
                + " player's key. Type the passphrase chosen when the key was made.");
        assertThat(store.players()).isEmpty();

        ui.run(() -> controller.register("Kitchen laptop", PASSPHRASE));
        ui.awaitUntil("registered", KEY_MAKING,
                () -> controller.account().registration() == Account.Registration.ACTIVE);
        assertThat(store.players()).extracting(player -> player.fingerprint())
                .containsExactly(keyring().fingerprint().orElseThrow());
    }

    @Test
    void aPersonalisedPlayersZipIsImportedOnlyWithItsPassphrase() throws Exception {
        var ring = PlayerKeys.generate("Backbeat player \"Den\"", PASSPHRASE, 2048);
        var zip = folder.resolve("backbeat-player-den.zip");
        Files.write(zip, bundle(PlayerKeys.armor(ring), PlayerKeys.armor(PlayerKeys.publicRing(store.storeKey())),
                "server=" + store.address() + "\n"));
        var notAZip = Files.writeString(folder.resolve("holiday.zip"), "not a zip at all");
        var controller = controller(store.address());

        ui.run(() -> controller.importPersonalised(zip, "guess".toCharArray()));
        ui.awaitUntil("a dialog", () -> dialogs.size() == 1);
        ui.run(() -> controller.importPersonalised(notAZip, PASSPHRASE));
        ui.awaitUntil("a second dialog", () -> dialogs.size() == 2);
        assertThat(keyring().exists()).isFalse();

        ui.run(() -> controller.importPersonalised(zip, PASSPHRASE));
        ui.awaitUntil("the key taken", () -> controller.account().registration()
                == Account.Registration.KEY_UNCHECKED);

        assertThat(dialogs).containsExactly(
                "Cannot import backbeat-player-den.zip: Wrong passphrase: it does not unlock this player's key."
                        + " Type the passphrase chosen when the key was made.",
                "Cannot import holiday.zip: This is not a personalised Backbeat player: the zip has no player key.");
        assertThat(keyring().fingerprint())
                .hasValue(PlayerKeys.fingerprint(ring.getPublicKey()));
    }

    private AccountController signedIn() throws Exception {
        var controller = controller(store.address());
        ui.run(controller::start);
        ui.run(() -> controller.signIn("ada@example.org", "s3cret"));
        ui.awaitUntil("signed in", () -> controller.account().status() == Account.Status.SIGNED_IN);
        return controller;
    }

    private AccountController controller(URI address) {
        var connection = new StoreConnection(StoreClient::new, tasks, new StoreStatus(address));
        return new AccountController(tasks, connection, new Account(), keyring(), settings,
                (title, message) -> dialogs.add(title + ": " + message), page -> dialogs.add("browse " + page));
    }

    private PlayerKeyring keyring() {
        return new PlayerKeyring(folder.resolve("keys"));
    }

    private static byte[] bundle(String secret, String storeKey, String properties) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : List.of(new String[] {"backbeat-player-key.asc", secret},
                    new String[] {"backbeat-store-key.asc", storeKey},
                    new String[] {"backbeat-player.properties", properties})) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
