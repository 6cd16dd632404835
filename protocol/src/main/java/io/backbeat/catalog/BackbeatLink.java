package io.backbeat.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.util.Objects;
import java.util.Properties;

/**
 * The small {@code .backbeat} file the site hands out so the desktop player opens a work's preview: which store,
 * which work, and what to show while it loads. Plain {@code key=value} text, so people can read what they opened.
 *
 * @param server the store's base URL, for example {@code https://backbeat.example:8443}
 */
public record BackbeatLink(URI server, long work, String title, String artist) {

    public static final String MEDIA_TYPE = "application/x-backbeat";
    public static final String EXTENSION = ".backbeat";
    private static final String FORMAT = "backbeat-link/1";

    public BackbeatLink {
        Objects.requireNonNull(server, "server");
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
            throw new IllegalArgumentException("The store address must be http or https, not " + server);
        }
        if (work <= 0) {
            throw new IllegalArgumentException("A work id is a positive number, not " + work);
        }
        title = title == null ? "" : title;
        artist = artist == null ? "" : artist;
    }

    public URI previewUri() {
        return server.resolve("/stream/preview/" + work);
    }

    public String format() {
        var properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("server", server.toString());
        properties.setProperty("work", Long.toString(work));
        properties.setProperty("title", title);
        properties.setProperty("artist", artist);
        var text = new StringWriter();
        try {
            properties.store(text, "Open with the Backbeat player to hear a preview");
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return text.toString();
    }

    /** Reads a link, refusing anything that is not one with a message fit for a dialog. */
    public static BackbeatLink parse(Reader in) throws IOException {
        var properties = new Properties();
        properties.load(in);
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new IllegalArgumentException("This is not a Backbeat link (format " + FORMAT + " expected)");
        }
        var server = properties.getProperty("server");
        var work = properties.getProperty("work");
        if (server == null || work == null) {
            throw new IllegalArgumentException("This Backbeat link names no " + (server == null ? "store" : "work"));
        }
        try {
            return new BackbeatLink(URI.create(server), Long.parseLong(work.strip()),
                    properties.getProperty("title"), properties.getProperty("artist"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("This Backbeat link's work id is not a number: " + work);
        }
    }

    public static BackbeatLink parse(String text) {
        try {
            return parse(new StringReader(text));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
