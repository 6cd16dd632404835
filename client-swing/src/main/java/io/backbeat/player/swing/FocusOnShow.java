package io.backbeat.player.swing;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.event.AncestorEvent;
import javax.swing.event.AncestorListener;

/** Puts the keyboard focus in a dialog's field when it shows, so typing starts there and not on the OK button. */
final class FocusOnShow implements AncestorListener {

    private FocusOnShow() {
    }

    static <T extends JComponent> T on(T field) {
        field.addAncestorListener(new FocusOnShow());
        return field;
    }

    /**
     * A JOptionPane gives the focus to its OK button when its window first gains the focus, which may come after the
     * field is shown: so the field asks for it after that, once.
     */
    @Override
    public void ancestorAdded(AncestorEvent event) {
        var field = event.getComponent();
        field.removeAncestorListener(this);
        var window = SwingUtilities.getWindowAncestor(field);
        if (window == null || window.isFocused()) {
            SwingUtilities.invokeLater(field::requestFocusInWindow);
            return;
        }
        window.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent gained) {
                window.removeWindowFocusListener(this);
                SwingUtilities.invokeLater(field::requestFocusInWindow);
            }
        });
    }

    @Override
    public void ancestorRemoved(AncestorEvent event) {
        // Only the first showing matters.
    }

    @Override
    public void ancestorMoved(AncestorEvent event) {
        // Only the first showing matters.
    }
}
