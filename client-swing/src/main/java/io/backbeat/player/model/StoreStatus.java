package io.backbeat.player.model;

import java.net.URI;

/** Which store the player talks to and whether it answered the last time it was asked. */
public final class StoreStatus {

    public enum Reachability { CHECKING, REACHABLE, UNREACHABLE }

    private final ChangeListeners listeners = new ChangeListeners();
    private URI address;
    private Reachability reachability = Reachability.CHECKING;

    public StoreStatus(URI address) {
        this.address = address;
    }

    public void checking(URI address) {
        this.address = address;
        reachability = Reachability.CHECKING;
        listeners.fire();
    }

    public void reachable() {
        if (reachability != Reachability.REACHABLE) {
            reachability = Reachability.REACHABLE;
            listeners.fire();
        }
    }

    public void unreachable() {
        reachability = Reachability.UNREACHABLE;
        listeners.fire();
    }

    public URI address() {
        return address;
    }

    public String summary() {
        return switch (reachability) {
            case CHECKING -> "Store " + address + ": connecting…";
            case REACHABLE -> "Store " + address + ": connected";
            case UNREACHABLE -> "Store " + address + ": unreachable";
        };
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }
}
