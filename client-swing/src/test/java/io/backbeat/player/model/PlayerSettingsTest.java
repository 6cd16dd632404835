package io.backbeat.player.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlayerSettingsTest {

    // A node of this test's own (under target/prefs, see the surefire argLine), removed afterwards.
    private final Preferences node = Preferences.userRoot().node("io/backbeat/player-test/" + UUID.randomUUID());

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void aFreshPlayerUsesTheLocalStoreInTheLightLook() {
        var settings = new PlayerSettings(node);

        assertThat(settings.storeAddress()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.volume()).isEqualTo(PlayerSettings.DEFAULT_VOLUME);
    }

    @Test
    void choicesAreRememberedForTheNextRun() {
        var settings = new PlayerSettings(node);
        settings.setStoreAddress(URI.create("https://store.example"));
        settings.setTheme(Theme.DARK);
        settings.setVolume(35);

        var nextRun = new PlayerSettings(node);

        assertThat(nextRun.storeAddress()).isEqualTo(URI.create("https://store.example"));
        assertThat(nextRun.theme()).isEqualTo(Theme.DARK);
        assertThat(nextRun.volume()).isEqualTo(35);
    }

    @Test
    void aHandEditedAddressThatIsNoLongerValidFallsBackToTheDefault() {
        node.put("store", "gopher://old");

        assertThat(new PlayerSettings(node).storeAddress()).isEqualTo(PlayerSettings.DEFAULT_STORE);
    }

    @Test
    void listenersHearOfAChangedLook() {
        var settings = new PlayerSettings(node);
        var heard = new int[1];
        settings.addChangeListener(() -> heard[0]++);

        settings.setTheme(Theme.DARK);
        settings.setTheme(Theme.DARK);

        assertThat(heard[0]).isEqualTo(1);
    }
}
