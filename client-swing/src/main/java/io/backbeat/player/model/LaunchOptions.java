package io.backbeat.player.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the command line asked for. Everything is optional: without arguments the player opens on the remembered
 * store with the remembered look.
 *
 * @param server a store address that overrides (and replaces) the remembered one
 * @param theme  a look that overrides (and replaces) the remembered one
 * @param link   a {@code .backbeat} file to open once the window is up
 * @param help   whether only the usage text was asked for
 * @param installDesktopEntry whether only the desktop entry and the .backbeat file type were asked for
 * @param venueZone the zone to play unattended (venue mode) instead of opening the player's main window
 */
public record LaunchOptions(Optional<URI> server, Optional<Theme> theme, Optional<Path> link, boolean help,
                            boolean installDesktopEntry, OptionalLong venueZone) {

    public static final String USAGE = """
            Usage: java -jar backbeat-player.jar [--server URL] [--dark | --light] [FILE.backbeat | --venue-zone ID]

              --server URL   the Backbeat store to use, for example http://localhost:8080 (remembered)
              --dark         use the dark look (remembered)
              --light        use the light look (remembered)
              FILE.backbeat  a link from the Backbeat site: plays that work's preview
              --venue-zone ID
                             play zone ID's schedule unattended, as the registered player bound to it
                             (asks for the passphrase of its key, and no one's password)
              --install-desktop-entry
                             put the player in the desktop's menus and make it open .backbeat files (Linux)
              --help         show this text
            """;

    /** Reads the arguments, or throws an {@link IllegalArgumentException} whose message says what is wrong. */
    public static LaunchOptions parse(String... args) {
        Optional<URI> server = Optional.empty();
        Optional<Theme> theme = Optional.empty();
        Optional<Path> link = Optional.empty();
        OptionalLong venueZone = OptionalLong.empty();
        for (int i = 0; i < args.length; i++) {
            var arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(), true, false,
                            OptionalLong.empty());
                }
                case "--install-desktop-entry" -> {
                    return new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, true,
                            OptionalLong.empty());
                }
                case "--server" -> {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException("--server needs a store address, for example --server "
                                + PlayerSettings.DEFAULT_STORE);
                    }
                    server = Optional.of(StoreAddress.parse(args[++i]));
                }
                case "--venue-zone" -> {
                    if (i + 1 == args.length || !args[i + 1].matches("[1-9][0-9]{0,17}")) {
                        throw new IllegalArgumentException("--venue-zone needs the zone's id, for example "
                                + "--venue-zone 42");
                    }
                    venueZone = OptionalLong.of(Long.parseLong(args[++i]));
                }
                case "--dark", "--light" -> {
                    var chosen = arg.equals("--dark") ? Theme.DARK : Theme.LIGHT;
                    if (theme.isPresent() && theme.get() != chosen) {
                        throw new IllegalArgumentException("Choose either --dark or --light, not both");
                    }
                    theme = Optional.of(chosen);
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("Unknown option: " + arg);
                    }
                    if (link.isPresent()) {
                        throw new IllegalArgumentException("Open one .backbeat file at a time, not " + link.get()
                                + " and " + arg);
                    }
                    link = Optional.of(Path.of(arg));
                }
            }
        }
        if (venueZone.isPresent() && link.isPresent()) {
            throw new IllegalArgumentException("A venue player plays its zone only: leave out " + link.get());
        }
        return new LaunchOptions(server, theme, link, false, false, venueZone);
    }
}
