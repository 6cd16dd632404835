package io.backbeat.player.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsLeaveEverythingToTheRememberedSettings() {
        var options = LaunchOptions.parse();

        assertThat(options.server()).isEmpty();
        assertThat(options.theme()).isEmpty();
        assertThat(options.link()).isEmpty();
        assertThat(options.help()).isFalse();
    }

    @Test
    void serverThemeAndLinkAreRead() {
        var options = LaunchOptions.parse("--server", "https://store.example:8443/", "--dark", "song.backbeat");

        assertThat(options.server()).contains(URI.create("https://store.example:8443"));
        assertThat(options.theme()).contains(Theme.DARK);
        assertThat(options.link()).contains(Path.of("song.backbeat"));
    }

    @Test
    void helpIsHelpWhateverElseIsThere() {
        assertThat(LaunchOptions.parse("--server", "http://x", "--help").help()).isTrue();
    }

    @Test
    void installingTheDesktopEntryIsAllThatRunDoes() {
        var options = LaunchOptions.parse("--dark", "--install-desktop-entry");

        assertThat(options.installDesktopEntry()).isTrue();
        assertThat(options.help()).isFalse();
        assertThat(LaunchOptions.parse("--dark").installDesktopEntry()).isFalse();
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedWithAnExample() {
        assertThatThrownBy(() -> LaunchOptions.parse("--server", "ftp://store.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A store address starts with http:// or https://, for example http://localhost:8080,"
                        + " not: ftp://store.example");
    }

    @Test
    void anAddressThatIsNotAnAddressIsRefused() {
        assertThatThrownBy(() -> LaunchOptions.parse("--server", "http://bad host"))
                .hasMessageStartingWith("Not a valid store address: http://bad host");
        assertThatThrownBy(() -> LaunchOptions.parse("--server", "http:///nohost"))
                .hasMessage("This store address names no host: http:///nohost");
    }

    @Test
    void serverWithoutAnAddressIsRefused() {
        assertThatThrownBy(() -> LaunchOptions.parse("--server")).hasMessageStartingWith("--server needs a store address");
    }

    @Test
    void unknownOptionsContradictionsAndSecondFilesAreRefused() {
        assertThatThrownBy(() -> LaunchOptions.parse("--loud")).hasMessage("Unknown option: --loud");
        assertThatThrownBy(() -> LaunchOptions.parse("--dark", "--light"))
                .hasMessage("Choose either --dark or --light, not both");
        assertThatThrownBy(() -> LaunchOptions.parse("a.backbeat", "b.backbeat"))
                .hasMessage("Open one .backbeat file at a time, not a.backbeat and b.backbeat");
    }

    @Test
    void aVenueZoneIsReadAndABadOneOrOneWithALinkIsRefused() {
        assertThat(LaunchOptions.parse("--venue-zone", "42", "--server", "https://store.example").venueZone())
                .hasValue(42);
        assertThat(LaunchOptions.parse().venueZone()).isEmpty();
        for (String[] args : List.of(new String[] {"--venue-zone"}, new String[] {"--venue-zone", "lobby"},
                new String[] {"--venue-zone", "0"})) {
            assertThatThrownBy(() -> LaunchOptions.parse(args)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--venue-zone needs the zone's id");
        }
        assertThatThrownBy(() -> LaunchOptions.parse("--venue-zone", "42", "song.backbeat"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plays its zone only");
    }
}
