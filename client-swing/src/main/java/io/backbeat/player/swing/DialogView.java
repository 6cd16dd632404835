package io.backbeat.player.swing;

import io.backbeat.player.viewcontroller.PlayerView;
import java.awt.KeyboardFocusManager;
import javax.swing.JOptionPane;

/** Problems shown as plain message dialogs over whichever player window is active. */
final class DialogView implements PlayerView {

    @Override
    public void showProblem(String title, String message) {
        var owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        JOptionPane.showMessageDialog(owner, message, title, JOptionPane.WARNING_MESSAGE);
    }

    @Override
    public boolean offer(String title, String message, String action) {
        var owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        Object[] choices = {action, "Cancel"};
        return JOptionPane.showOptionDialog(owner, message, title, JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE, null, choices, choices[0]) == 0;
    }
}
