package io.backbeat.player.viewcontroller;

import io.backbeat.player.audio.UnplayableAudioException;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.store.StoreException;
import io.backbeat.player.store.StoreUnreachableException;
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
    private volatile StoreClient client;
    private Task check = TaskRunner.none();

    public StoreConnection(Function<URI, StoreClient> clients, TaskRunner tasks, StoreStatus status) {
        this.clients = clients;
        this.tasks = tasks;
        this.status = status;
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
        if (failure instanceof StoreUnreachableException) {
            status.unreachable();
        } else if (failure instanceof StoreException) {
            answered();
        } else if (!(failure instanceof UnplayableAudioException)) {
            return "Something unexpected went wrong (" + failure.getClass().getSimpleName() + ")";
        }
        return failure.getMessage();
    }
}
