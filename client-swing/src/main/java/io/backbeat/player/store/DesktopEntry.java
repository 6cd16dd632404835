package io.backbeat.player.store;

import io.backbeat.catalog.BackbeatLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tells a Linux desktop (freedesktop.org) about the player, on request: a desktop entry so it is in the menus, the
 * {@value BackbeatLink#MEDIA_TYPE} type for {@code *.backbeat} files, and the player as that type's default, so a link
 * saved from the site opens in it. Everything goes to the user's own folders; nothing needs root.
 */
public final class DesktopEntry {

    static final String ENTRY = "backbeat-player.desktop";

    private final Path dataHome;
    private final Path configHome;

    /** {@code dataHome} and {@code configHome} as XDG names them ({@code ~/.local/share}, {@code ~/.config}). */
    public DesktopEntry(Path dataHome, Path configHome) {
        this.dataHome = dataHome;
        this.configHome = configHome;
    }

    /** The folders of the user running this, as the XDG base directory rules give them. */
    public static DesktopEntry ofCurrentUser() {
        var home = Path.of(System.getProperty("user.home"));
        return new DesktopEntry(xdg("XDG_DATA_HOME", home.resolve(".local/share")),
                xdg("XDG_CONFIG_HOME", home.resolve(".config")));
    }

    /**
     * Writes the entry (starting {@code java -jar jar FILE}), the media type and the default, then asks the
     * desktop's own tools, where installed, to refresh their caches. Says, line by line, what it did.
     */
    public List<String> install(Path java, Path jar) throws IOException, InterruptedException {
        var done = new ArrayList<String>();
        var applications = dataHome.resolve("applications");
        write(applications.resolve(ENTRY), """
                [Desktop Entry]
                Type=Application
                Name=Backbeat Player
                Comment=Search, preview, buy and play music from a Backbeat store
                Exec=%s -jar %s %%f
                Icon=audio-x-generic
                Terminal=false
                Categories=AudioVideo;Audio;Player;
                MimeType=%s;
                """.formatted(quoted(java), quoted(jar), BackbeatLink.MEDIA_TYPE));
        done.add("Wrote " + applications.resolve(ENTRY));
        var mime = dataHome.resolve("mime");
        write(mime.resolve("packages/backbeat.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
                  <mime-type type="%s">
                    <comment>Backbeat link</comment>
                    <glob pattern="*.backbeat"/>
                  </mime-type>
                </mime-info>
                """.formatted(BackbeatLink.MEDIA_TYPE));
        done.add("Wrote " + mime.resolve("packages/backbeat.xml"));
        var defaults = configHome.resolve("mimeapps.list");
        write(defaults, withDefault(Files.exists(defaults) ? Files.readString(defaults) : ""));
        done.add("Made the player the default for " + BackbeatLink.MEDIA_TYPE + " in " + defaults);
        done.add(refresh("update-mime-database", mime));
        done.add(refresh("update-desktop-database", applications));
        return done;
    }

    /** {@code list} with the player as the default application for Backbeat links; every other line kept. */
    static String withDefault(String list) {
        var line = BackbeatLink.MEDIA_TYPE + "=" + ENTRY;
        var lines = new ArrayList<>(list.lines().filter(l -> !l.startsWith(BackbeatLink.MEDIA_TYPE + "=")).toList());
        var section = lines.indexOf("[Default Applications]");
        if (section < 0) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add("[Default Applications]");
            lines.add(line);
        } else {
            lines.add(section + 1, line);
        }
        return String.join("\n", lines) + "\n";
    }

    /** An Exec argument as the desktop entry specification quotes it. */
    static String quoted(Path path) {
        return "\"" + path.toAbsolutePath().toString().replaceAll("([\"`$\\\\])", "\\\\$1") + "\"";
    }

    private static String refresh(String tool, Path folder) throws InterruptedException {
        try {
            var process = new ProcessBuilder(tool, folder.toString()).redirectErrorStream(true).start();
            var said = new String(process.getInputStream().readAllBytes()).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return tool + " did not finish within a minute";
            }
            return process.exitValue() == 0 ? "Ran " + tool + " " + folder
                    : tool + " failed (" + said + "); the desktop may need a new login to notice";
        } catch (IOException notInstalled) {
            return tool + " is not installed; the desktop may need a new login to notice";
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        var written = Files.writeString(file.resolveSibling(file.getFileName() + ".new"), text);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path xdg(String variable, Path otherwise) {
        var value = System.getenv(variable);
        return value == null || value.isBlank() ? otherwise : Path.of(value);
    }
}
