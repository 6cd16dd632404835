package io.backbeat.player.viewcontroller;

/**
 * What the controllers ask of the main window beyond the models it watches. Kept free of Swing so that
 * controllers can be tested with a recording view.
 */
public interface PlayerView {

    /** Tells the user, in a dialog they must acknowledge, why something they asked for did not happen. */
    void showProblem(String title, String message);

    /**
     * Tells the user of a refusal they can do something about, and asks whether to do it ({@code action} names
     * the button). A view that cannot ask only tells.
     */
    default boolean offer(String title, String message, String action) {
        showProblem(title, message);
        return false;
    }
}
