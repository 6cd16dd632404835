package io.backbeat.player.model;

import java.net.URI;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the player remembers between runs, kept in {@code java.util.prefs} like FlatLaf's demo does. The node is
 * passed in so tests can work on a node of their own and never touch a real user's settings.
 */
public final class PlayerSettings {

    /** The node the player uses unless the system property {@value #NODE_PROPERTY} names another. */
    public static final String DEFAULT_NODE = "io/backbeat/player";
    public static final String NODE_PROPERTY = "backbeat.player.prefs";
    public static final URI DEFAULT_STORE = URI.create("http://localhost:8080");
    public static final int DEFAULT_VOLUME = 80;

    private static final String STORE_KEY = "store";
    private static final String THEME_KEY = "theme";
    private static final String VOLUME_KEY = "volume";
    private static final String EMAIL_KEY = "email";

    private final Preferences node;
    private final ChangeListeners listeners = new ChangeListeners();

    public PlayerSettings(Preferences node) {
        this.node = node;
    }

    /** The user's settings, or those of the node the system property {@value #NODE_PROPERTY} names. */
    public static PlayerSettings ofCurrentUser() {
        return new PlayerSettings(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    public URI storeAddress() {
        var saved = node.get(STORE_KEY, null);
        if (saved == null) {
            return DEFAULT_STORE;
        }
        try {
            return StoreAddress.parse(saved);
        } catch (IllegalArgumentException damaged) {
            // Someone edited the preferences by hand; the default is a better start than a refusal to open.
            return DEFAULT_STORE;
        }
    }

    public void setStoreAddress(URI address) {
        put(STORE_KEY, address.toString());
    }

    public Theme theme() {
        return "DARK".equals(node.get(THEME_KEY, "")) ? Theme.DARK : Theme.LIGHT;
    }

    public void setTheme(Theme theme) {
        if (theme != theme()) {
            put(THEME_KEY, theme.name());
        }
    }

    /** Loudness from 0 to 100. */
    public int volume() {
        return Math.max(0, Math.min(100, node.getInt(VOLUME_KEY, DEFAULT_VOLUME)));
    }

    public void setVolume(int volume) {
        put(VOLUME_KEY, Integer.toString(Math.max(0, Math.min(100, volume))));
    }

    /** The e-mail the user last signed in with (never the password). */
    public String email() {
        return node.get(EMAIL_KEY, "");
    }

    public void setEmail(String email) {
        put(EMAIL_KEY, email);
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Writes and announces a setting only when it changes: a volume slider moves through many equal values. */
    private void put(String key, String value) {
        if (value.equals(node.get(key, null))) {
            return;
        }
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The setting still holds for this run; losing it at the next start is not worth interrupting anyone.
        }
        listeners.fire();
    }
}
