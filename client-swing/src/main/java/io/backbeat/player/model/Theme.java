package io.backbeat.player.model;

/** The two looks the player offers. */
public enum Theme {
    LIGHT, DARK
}
