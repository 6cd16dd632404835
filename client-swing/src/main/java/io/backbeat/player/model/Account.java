package io.backbeat.player.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/** The account panel's state: who is signed in, their points, and whether this player is registered with them. */
public final class Account {

    public enum Status { SIGNED_OUT, SIGNING_IN, SIGNED_IN }

    /** This player's standing with the store, as far as it knows. */
    public enum Registration {
        /** No key pair: search, previews and local files only. */
        BASIC,
        /** A key pair, and no signed-in account to ask about it. */
        KEY_UNCHECKED,
        /** A key pair the signed-in account has not registered. */
        NOT_REGISTERED,
        ACTIVE,
        REVOKED
    }

    private final ChangeListeners listeners = new ChangeListeners();
    private Status status = Status.SIGNED_OUT;
    private String email = "";
    private String name = "";
    private boolean musician;
    private long points;
    private Registration registration = Registration.BASIC;
    private String fingerprint = "";
    private String playerName = "";
    private Instant revokedAt;
    private boolean busy;
    private boolean unlocked;

    public void signingIn(String email) {
        this.email = email;
        status = Status.SIGNING_IN;
        listeners.fire();
    }

    public void signedIn(String name, boolean musician, long points) {
        this.name = name;
        this.musician = musician;
        this.points = points;
        status = Status.SIGNED_IN;
        listeners.fire();
    }

    public void signedOut() {
        status = Status.SIGNED_OUT;
        name = "";
        musician = false;
        points = 0;
        if (registration != Registration.BASIC) {
            registration = Registration.KEY_UNCHECKED;
        }
        listeners.fire();
    }

    public void points(long balance) {
        points = balance;
        listeners.fire();
    }

    /** What is known of this player: its key's fingerprint (empty for none) and, if registered, under what name. */
    public void registration(Registration registration, String fingerprint, String playerName, Instant revokedAt) {
        this.registration = registration;
        this.fingerprint = fingerprint == null ? "" : fingerprint;
        this.playerName = playerName == null ? "" : playerName;
        this.revokedAt = revokedAt;
        listeners.fire();
    }

    /** Work for the account (registering, importing) is under way; the panel's buttons wait. */
    public void busy(boolean busy) {
        this.busy = busy;
        listeners.fire();
    }

    /** The user has typed the passphrase in this run: purchases can be downloaded and played. */
    public void unlocked(boolean unlocked) {
        this.unlocked = unlocked;
        listeners.fire();
    }

    public boolean unlocked() {
        return unlocked;
    }

    /** Whether this player has a key pair at all. */
    public boolean hasKey() {
        return registration != Registration.BASIC;
    }

    public Status status() {
        return status;
    }

    public String email() {
        return email;
    }

    /** Signed in to an account that may upload masters. */
    public boolean musician() {
        return status == Status.SIGNED_IN && musician;
    }

    public long balance() {
        return points;
    }

    public Registration registration() {
        return registration;
    }

    public Optional<String> fingerprint() {
        return Optional.of(fingerprint).filter(text -> !text.isEmpty());
    }

    public boolean busy() {
        return busy;
    }

    public String who() {
        return switch (status) {
            case SIGNED_OUT -> "Not signed in";
            case SIGNING_IN -> "Signing in as " + email + "…";
            case SIGNED_IN -> "Signed in as " + name + " (" + email + ")";
        };
    }

    public String pointsText() {
        return status == Status.SIGNED_IN ? String.format("%,d points", points) : "";
    }

    public String registrationText() {
        return switch (registration) {
            case BASIC -> "This is a basic player: it searches, plays previews and local files. Register it to buy"
                    + " music and download your purchases.";
            case KEY_UNCHECKED -> "This player has a key (" + shortFingerprint() + "). Sign in to see whether it is"
                    + " registered.";
            case NOT_REGISTERED -> "This player's key (" + shortFingerprint() + ") is not registered with this account."
                    + " Register it to download your purchases.";
            case ACTIVE -> "Registered as “" + playerName + "” (key " + shortFingerprint() + ").";
            case REVOKED -> "This player was revoked" + (revokedAt == null ? "" : " on " + DateTimeFormatter
                    .ofLocalizedDate(FormatStyle.LONG).format(revokedAt.atZone(ZoneId.systemDefault())))
                    + ". It can no longer download purchases. Register it again to give it a new key.";
        };
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private String shortFingerprint() {
        return fingerprint.length() <= 16 ? fingerprint : "…" + fingerprint.substring(fingerprint.length() - 16);
    }
}
