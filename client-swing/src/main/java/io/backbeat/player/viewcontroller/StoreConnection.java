package io.backbeat.player.viewcontroller;

import io.backbeat.player.audio.UnplayableAudioException;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.store.StoreException;
import io.backbeat.player.store.StoreUnreachableException;
import io.backbeat.player.store.StoreUntrustedException;
import io.backbeat.player.store.TrustedCertificates;
import java.io.IOException;
import java.net.URI;
import java.util.function.Function;

/**
 * The store the player talks to now, and what the last exchange said about whether it is there. Used on the UI
 * thread; the client it hands out may be used on any thread.
 */
public final class StoreConnection {

    private final Function<URI, StoreClient> clients;
    private final TaskRunner tasks;
    private final StoreStatus status;
    private final TrustedCertificates trusted;
    private final PlayerView view;
    private volatile StoreClient client;
    private Task check = TaskRunner.none();

    /** A connection that trusts the system's certificate authorities only. */
    public StoreConnection(Function<URI, StoreClient> clients, TaskRunner tasks, StoreStatus status) {
        this(clients, tasks, status, null, null);
    }

    /**
     * A connection whose clients trust {@code trusted} too, and which asks the user through {@code view} whether to
     * trust a store's certificate that no authority vouches for.
     */
    public StoreConnection(Function<URI, StoreClient> clients, TaskRunner tasks, StoreStatus status,
                           TrustedCertificates trusted, PlayerView view) {
        this.clients = clients;
        this.tasks = tasks;
        this.status = status;
        this.trusted = trusted;
        this.view = view;
        this.client = clients.apply(status.address());
    }

    public StoreClient client() {
        return client;
    }

    public URI address() {
        return status.address();
    }

    /** Talks to another store from now on and checks that it is there. */
    public void use(URI address) {
        client = clients.apply(address);
        status.checking(address);
        checkReachable();
    }

    public void checkReachable() {
        check.cancel();
        var pinged = client;
        check = tasks.run(() -> {
            pinged.ping();
            return pinged;
        }, ignored -> answered(), this::explain);
    }

    /** The store answered, so it is reachable, whatever it said. */
    public void answered() {
        status.reachable();
    }

    /** Says what went wrong in words for the user, and notes whether the store answered at all. */
    public String explain(Exception failure) {
        if (failure instanceof StoreUntrustedException untrusted) {
            answered();
            if (offerTrust(untrusted)) {
                checkReachable();
                return "The store's certificate is trusted now: try again.";
            }
            return untrusted.getMessage() + ", so the player does not talk to it on HTTPS.";
        }
        if (failure instanceof StoreUnreachableException) {
            status.unreachable();
        } else if (failure instanceof StoreException) {
            answered();
        } else if (!(failure instanceof UnplayableAudioException) && !(failure instanceof CannotPlayException)) {
            return "Something unexpected went wrong (" + failure.getClass().getSimpleName() + ")";
        }
        return failure.getMessage();
    }

    private boolean offerTrust(StoreUntrustedException untrusted) {
        if (trusted == null || !view.offer("Trust this store?", "The store at " + untrusted.address()
                + " shows a certificate that no authority vouches for.\n"
                + "A store running on your own computer has one like it, and prints its fingerprint when it starts.\n\n"
                + "SHA-256 " + untrusted.fingerprint() + "\n\n"
                + "Trust it only if the store printed the same.", "Trust")) {
            return false;
        }
        try {
            trusted.trust(untrusted.certificate());
            return true;
        } catch (IOException e) {
            view.showProblem("Cannot trust the store", "The player could not write down the store's certificate ("
                    + e.getMessage() + ")");
            return false;
        }
    }
}
