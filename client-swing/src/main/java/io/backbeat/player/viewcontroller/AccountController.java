package io.backbeat.player.viewcontroller;

import io.backbeat.keys.WrongPassphraseException;
import io.backbeat.player.model.Account;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.StoreAddress;
import io.backbeat.player.store.Credentials;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.store.StoreRefusedException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Signs in, shows the points balance and whether this player is registered, registers it (a key pair made here, or
 * the personalised player's zip from the site). Called on the UI thread; the store and the key files are used on
 * workers. The password stays in memory for this run only.
 */
public final class AccountController {

    private final TaskRunner tasks;
    private final StoreConnection store;
    private final Account account;
    private final PlayerKeyring keyring;
    private final PlayerSettings settings;
    private final PlayerView view;
    private final Browser browser;
    private Credentials credentials;
    // The unlocked keys, in memory for this run: purchases download and play with them.
    private volatile PlayerKeyring.Unlocked keys;
    private Task pending = TaskRunner.none();

    public AccountController(TaskRunner tasks, StoreConnection store, Account account, PlayerKeyring keyring,
                             PlayerSettings settings, PlayerView view, Browser browser) {
        this.tasks = tasks;
        this.store = store;
        this.account = account;
        this.keyring = keyring;
        this.settings = settings;
        this.view = view;
        this.browser = browser;
    }

    /** This player's keys, if the user has unlocked them in this run. */
    public Optional<PlayerKeyring.Unlocked> keys() {
        return Optional.ofNullable(keys);
    }

    /** Unlocks this player's key with its passphrase, for this run; then runs {@code then}. */
    public void unlock(char[] passphrase, Runnable then) {
        tasks.run(() -> keyring.unlock(passphrase), unlocked -> {
            keys = unlocked;
            account.unlocked(true);
            then.run();
        }, failure -> view.showProblem("Cannot unlock this player", explain(failure)));
    }

    public Account account() {
        return account;
    }

    /** The e-mail to offer in the sign-in form. */
    public String rememberedEmail() {
        return settings.email();
    }

    /** The signed-in customer, for the controllers that buy and download. */
    public Optional<Credentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** Finds out whether this player has a key, before anyone signs in. */
    public void start() {
        tasks.run(keyring::fingerprint, fingerprint -> account.registration(fingerprint.isPresent()
                ? Account.Registration.KEY_UNCHECKED : Account.Registration.BASIC, fingerprint.orElse(""), "", null),
                failure -> view.showProblem("This player's key", "The key file cannot be read: "
                        + failure.getMessage()));
    }

    public void signIn(String email, String password) {
        if (email.isBlank() || password.isEmpty()) {
            view.showProblem("Cannot sign in", "Type the e-mail and the password of your Backbeat account.");
            return;
        }
        pending.cancel();
        var who = new Credentials(email.strip(), password);
        account.signingIn(who.email());
        var client = store.client();
        pending = tasks.run(() -> Standing.of(client, who, keyring), standing -> {
            store.answered();
            credentials = who;
            settings.setEmail(who.email());
            account.signedIn(standing.customer().name(), standing.customer().musician(), standing.points());
            standing.show(account);
        }, failure -> {
            account.signedOut();
            view.showProblem("Cannot sign in", failure instanceof StoreRefusedException refused
                    && refused.status() == 401 ? "The store does not know this e-mail and password."
                    : store.explain(failure));
        });
    }

    public void signOut() {
        pending.cancel();
        credentials = null;
        account.signedOut();
    }

    /** Asks the store again for the balance and this player's standing. */
    public void refresh() {
        if (credentials == null) {
            return;
        }
        var who = credentials;
        var client = store.client();
        pending = tasks.run(() -> Standing.of(client, who, keyring), standing -> {
            store.answered();
            account.signedIn(standing.customer().name(), standing.customer().musician(), standing.points());
            standing.show(account);
        }, failure -> view.showProblem("Cannot update the account", store.explain(failure)));
    }

    /**
     * Registers this player with the signed-in account. A player with a key registers that key (the passphrase
     * must unlock it); a player with none, or a revoked one, makes a new key pair locked by the passphrase.
     */
    public void register(String playerName, char[] passphrase) {
        if (credentials == null) {
            view.showProblem("Cannot register this player", "Sign in first: a player is registered with an account.");
            return;
        }
        if (playerName.isBlank()) {
            view.showProblem("Cannot register this player", "Give this player a name, such as “Kitchen laptop”.");
            return;
        }
        var who = credentials;
        var client = store.client();
        var newKey = account.registration() == Account.Registration.REVOKED
                || account.registration() == Account.Registration.BASIC;
        account.busy(true);
        tasks.run(() -> {
            String publicKey;
            if (newKey || !keyring.exists()) {
                publicKey = keyring.create(playerName.strip(), passphrase);
            } else {
                keyring.unlock(passphrase);
                publicKey = keyring.publicKey();
            }
            keyring.trustStoreKey(client.storeKey());
            var player = client.registerPlayer(who, playerName.strip(), publicKey);
            keys = keyring.unlock(passphrase);
            return player;
        }, player -> {
            store.answered();
            account.busy(false);
            account.unlocked(true);
            account.registration(Account.Registration.ACTIVE, player.fingerprint(), player.name(), null);
        }, failure -> {
            account.busy(false);
            start();
            view.showProblem("Cannot register this player", explain(failure));
        });
    }

    /**
     * Takes the key pair of a personalised player made on the store's site (its zip) and switches to the store that
     * made it; the passphrase chosen on the site must unlock the key.
     */
    public void importPersonalised(Path zip, char[] passphrase) {
        account.busy(true);
        tasks.run(() -> {
            try (var in = Files.newInputStream(zip)) {
                var server = keyring.importBundle(in, passphrase);
                keys = keyring.unlock(passphrase);
                return server;
            }
        }, server -> {
            account.busy(false);
            account.unlocked(true);
            server.map(StoreAddress::parse).filter(address -> !address.equals(store.address())).ifPresent(address -> {
                settings.setStoreAddress(address);
                store.use(address);
            });
            start();
            refresh();
        }, failure -> {
            account.busy(false);
            view.showProblem("Cannot import " + zip.getFileName(), explain(failure));
        });
    }

    /** The store's HTTPS page where the customer buys points with a card. */
    public URI pointsPage() {
        return URI.create(StoreAddress.secure(store.address()) + "/account/points.xhtml");
    }

    /** Opens the points page in the browser, off the UI thread; if there is no browser, says where to go. */
    public void buyPoints() {
        var page = pointsPage();
        tasks.run(() -> {
            browser.open(page);
            return page;
        }, opened -> {
        }, failure -> view.showProblem("Buy points", "The player could not open a browser (" + failure.getMessage()
                + "). Open " + page + " to buy points, then press Refresh."));
    }

    private String explain(Exception failure) {
        if (failure instanceof WrongPassphraseException) {
            return "Wrong passphrase: it does not unlock this player's key. Type the passphrase chosen when the key"
                    + " was made.";
        }
        if (failure instanceof IOException) {
            return failure.getMessage();
        }
        return store.explain(failure);
    }

    /** What the store says about the customer and this player, fetched together off the UI thread. */
    private record Standing(StoreClient.Customer customer, long points, Account.Registration registration, String fingerprint,
                            io.backbeat.keys.PlayerView player) {

        static Standing of(StoreClient client, Credentials who, PlayerKeyring keyring) throws Exception {
            var customer = client.customer(who);
            var points = client.points(who).balance();
            var fingerprint = keyring.fingerprint();
            if (fingerprint.isEmpty()) {
                return new Standing(customer, points, Account.Registration.BASIC, "", null);
            }
            List<io.backbeat.keys.PlayerView> players = client.players(who);
            var mine = players.stream().filter(player -> player.fingerprint().equalsIgnoreCase(fingerprint.get()))
                    .findFirst().orElse(null);
            var registration = mine == null ? Account.Registration.NOT_REGISTERED
                    : "REVOKED".equals(mine.status()) ? Account.Registration.REVOKED : Account.Registration.ACTIVE;
            return new Standing(customer, points, registration, fingerprint.get(), mine);
        }

        void show(Account account) {
            account.registration(registration, fingerprint, player == null ? "" : player.name(),
                    player == null ? null : player.revokedAt());
        }
    }
}
