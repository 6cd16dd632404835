package io.backbeat.player.model;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listeners of one model object; each is told "something changed" and reads what it needs back. */
public final class ChangeListeners {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void add(Runnable listener) {
        listeners.add(listener);
    }

    public void fire() {
        listeners.forEach(Runnable::run);
    }
}
