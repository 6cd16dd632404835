package io.backbeat.player.swing;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.backbeat.player.model.Theme;

/** FlatLaf's light and dark looks. */
final class Themes {

    private Themes() {
    }

    /** Sets the look before any window exists, as FlatLaf's demo does. */
    static void install(Theme theme) {
        if (theme == Theme.DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches the look of the open windows. Call on the event thread. */
    static void switchTo(Theme theme) {
        var current = FlatLaf.isLafDark() ? Theme.DARK : Theme.LIGHT;
        if (current != theme) {
            install(theme);
            FlatLaf.updateUI();
        }
    }
}
