package io.backbeat.player.viewcontroller;

import io.backbeat.catalog.WorkSummary;
import io.backbeat.delivery.TamperedException;
import io.backbeat.player.model.Account;
import io.backbeat.player.model.Purchases;
import io.backbeat.player.model.Song;
import io.backbeat.player.store.LicenceListFile;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.ProgressInputStream;
import io.backbeat.player.store.PurchaseLibrary;
import io.backbeat.player.store.StoreRefusedException;
import io.backbeat.player.store.StoreUnreachableException;
import io.backbeat.purchase.LicenceStatus;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * The purchases library: what the account owns and what is on this player, buying from the search results,
 * downloading (cancellable, with progress) into the encrypted library, and opening a purchase to play it, which
 * needs no store at all. Called on the UI thread.
 */
public final class PurchasesController {

    private final TaskRunner tasks;
    private final StoreConnection store;
    private final AccountController account;
    private final Purchases purchases;
    private final PurchaseLibrary library;
    private final LicenceListFile lastKnown;
    private final PlaybackController playback;
    private final PlayerView view;
    private Task download = TaskRunner.none();
    private volatile ProgressInputStream downloading;

    public PurchasesController(TaskRunner tasks, StoreConnection store, AccountController account,
                               Purchases purchases, PurchaseLibrary library, LicenceListFile lastKnown,
                               PlaybackController playback, PlayerView view) {
        this.tasks = tasks;
        this.store = store;
        this.account = account;
        this.purchases = purchases;
        this.library = library;
        this.lastKnown = lastKnown;
        this.playback = playback;
        this.view = view;
        playback.openPurchasesWith(this::open);
        account.account().addChangeListener(new Runnable() {
            private Account.Status last = account.account().status();

            @Override
            public void run() {
                // Signing in or out changes what the account owns, as far as this player can tell.
                var now = account.account().status();
                if (now != last && now != Account.Status.SIGNING_IN) {
                    refresh();
                }
                last = now;
            }
        });
    }

    public AccountController account() {
        return account;
    }

    public Purchases purchases() {
        return purchases;
    }

    /** Shows what the account owns (if signed in) beside what is on this player (always, even offline). */
    public void refresh() {
        var who = account.credentials();
        var client = store.client();
        tasks.run(() -> {
            var here = new HashSet<>(library.licences());
            List<LicenceStatus> owned = List.of();
            String problem = null;
            if (who.isPresent()) {
                try {
                    owned = client.licences(who.get());
                } catch (StoreUnreachableException e) {
                    problem = e.getMessage();
                }
            }
            var answered = who.isPresent() && problem == null;
            if (answered) {
                lastKnown.save(owned);
            }
            var rows = new ArrayList<Purchases.Owned>();
            for (var licence : owned) {
                rows.add(new Purchases.Owned(licence.id(), licence.work(), licence.title(), licence.artist(),
                        licence.points(), licence.revokedAt() != null, here.remove(licence.id())));
            }
            if (!answered) {
                // Offline: what is on this player, named as the store last named it.
                for (var licence : lastKnown.load()) {
                    if (here.remove(licence.id())) {
                        rows.add(new Purchases.Owned(licence.id(), licence.work(), licence.title(), licence.artist(),
                                licence.points(), licence.revokedAt() != null, true));
                    }
                }
            }
            // On this player but not in the answer (offline, or another account's): playable all the same.
            here.stream().sorted().forEach(licence -> rows.add(new Purchases.Owned(licence, 0, "Licence " + licence,
                    "", 0, false, true)));
            var onPlayer = rows.stream().filter(Purchases.Owned::downloaded).count();
            var summary = who.isEmpty() ? count(onPlayer, "purchase") + " on this player (sign in to see all you own)"
                    : problem != null ? problem + ". Showing the " + count(onPlayer, "purchase") + " on this player."
                    : count(owned.size(), "work") + " bought, " + onPlayer + " on this player";
            return new Listing(rows, summary, answered);
        }, listing -> {
            if (listing.answered()) {
                store.answered();
            }
            purchases.show(listing.rows(), listing.summary());
        }, failure -> view.showProblem("Cannot show your purchases", store.explain(failure)));
    }

    /**
     * Buys a work with points. {@code idempotencyKey} is made once per decision to buy, so that a repeated request
     * never charges twice. Too few points offers the store's page to buy more.
     */
    public void buy(WorkSummary work, String idempotencyKey) {
        var who = account.credentials();
        if (who.isEmpty()) {
            view.showProblem("Cannot buy “" + work.title() + "”", "Sign in on the Account tab first.");
            return;
        }
        var client = store.client();
        tasks.run(() -> client.buy(who.get(), work.id(), idempotencyKey), licence -> {
            store.answered();
            account.refresh();
            refresh();
        }, failure -> {
            if (failure instanceof StoreRefusedException refused && "not-enough-points".equals(refused.code())) {
                store.answered();
                if (view.offer("Not enough points", refused.detail() + "\n\nBuy points on the store's secure page ("
                        + account.pointsPage() + ")?", "Buy Points…")) {
                    account.buyPoints();
                }
            } else {
                view.showProblem("Cannot buy “" + work.title() + "”", store.explain(failure));
            }
        });
    }

    /** Downloads a purchase into the library, sealed for this player; the progress shows in {@link Purchases}. */
    public void download(long licence) {
        var who = account.credentials();
        var keys = account.keys();
        if (who.isEmpty() || keys.isEmpty()) {
            view.showProblem("Cannot download", who.isEmpty() ? "Sign in on the Account tab first."
                    : "Unlock this player with its passphrase first.");
            return;
        }
        if (purchases.downloading().isPresent()) {
            view.showProblem("Cannot download", "One download at a time: wait for this one, or cancel it.");
            return;
        }
        var client = store.client();
        purchases.downloadStarted(licence);
        download = tasks.run(() -> {
            var started = client.purchase(who.get(), licence, keys.get().ticket(licence));
            try (var body = new ProgressInputStream(started.body(), started.length(),
                    (done, total) -> tasks.onUiThread(() -> purchases.progress(done, total)))) {
                downloading = body;
                if (Thread.currentThread().isInterrupted()) {
                    body.cancel();
                }
                return library.store(licence, body, keys.get());
            } finally {
                downloading = null;
            }
        }, kept -> {
            store.answered();
            purchases.downloadEnded();
            refresh();
        }, failure -> {
            purchases.downloadEnded();
            view.showProblem("Cannot download licence " + licence, failure instanceof TamperedException
                    ? "What arrived is not what the store signed, so it was not kept. (" + failure.getMessage() + ")"
                    : store.explain(failure));
        });
    }

    /** Stops the download under way; nothing of it is kept. */
    public void cancelDownload() {
        download.cancel();
        var body = downloading;
        if (body != null) {
            body.cancel();
        }
        purchases.downloadEnded();
    }

    public void play(Purchases.Owned owned) {
        playback.play(List.of(owned.song()), 0);
    }

    /** A new key per decision to buy, as the site makes one per page view. */
    public static String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }

    /** Decrypts a purchase in memory for playback; called off the UI thread. */
    private byte[] open(Song.Purchased purchase) throws CannotPlayException {
        PlayerKeyring.Unlocked keys = account.keys().orElseThrow(() -> new CannotPlayException("Unlock this player"
                + " with its passphrase (Purchases tab) to play “" + purchase.title() + "”."));
        try {
            return library.open(purchase.licence(), keys).content();
        } catch (NoSuchFileException e) {
            throw new CannotPlayException("“" + purchase.title() + "” is not on this player yet: download it on the"
                    + " Purchases tab.", e);
        } catch (TamperedException e) {
            throw new CannotPlayException("“" + purchase.title() + "” failed the store's signature check: the file"
                    + " was altered, so nothing was played.", e);
        } catch (Exception e) {
            throw new CannotPlayException("“" + purchase.title() + "” cannot be opened: " + e.getMessage(), e);
        }
    }

    private static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private record Listing(List<Purchases.Owned> rows, String summary, boolean answered) {
    }
}
