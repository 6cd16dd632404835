package io.backbeat.player.viewcontroller;

/**
 * What the controllers ask of the main window beyond the models it watches. Kept free of Swing so that
 * controllers can be tested with a recording view.
 */
public interface PlayerView {

    /** Tells the user, in a dialog they must acknowledge, why something they asked for did not happen. */
    void showProblem(String title, String message);
}
