package io.backbeat.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A SHOUTcast-style client, as internet radios are: HTTP/1.0 with {@code Icy-MetaData: 1}, then audio and metadata
 * blocks in turn. Shared by the channel and the zone stream tests.
 */
public final class IcyClient implements AutoCloseable {

    public final Map<String, String> headers = new HashMap<>();
    private final Socket socket;
    private final DataInputStream in;
    private final int metaint;

    public IcyClient(String url) throws IOException {
        this(url, Map.of());
    }

    /** Opens the stream, sending these request headers too (credentials, a player's ticket). */
    public IcyClient(String url, Map<String, String> requestHeaders) throws IOException {
        URI uri = URI.create(url);
        socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(30_000);
        var request = new StringBuilder("GET " + uri.getPath() + " HTTP/1.0\r\nHost: " + uri.getHost()
                + "\r\nIcy-MetaData: 1\r\n");
        requestHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        in = new DataInputStream(socket.getInputStream());
        String status = line();
        assertThat(status).startsWith("HTTP/1.").contains(" 200");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).strip());
        }
        metaint = Integer.parseInt(headers.get("icy-metaint"));
    }

    /** Reads one interval of audio and its metadata block: the title it announces, if it announces one. */
    public Optional<String> next() throws IOException {
        in.readFully(new byte[metaint]);
        int length = in.readUnsignedByte() * 16;
        if (length == 0) {
            return Optional.empty();
        }
        byte[] block = new byte[length];
        in.readFully(block);
        String text = new String(block, StandardCharsets.UTF_8).replaceAll("\0+$", "");
        assertThat(text).startsWith("StreamTitle='").endsWith("';");
        return Optional.of(text.substring("StreamTitle='".length(), text.length() - 2).replaceAll("\\\\(.)", "$1"));
    }

    private String line() throws IOException {
        var bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The connection closed in the headers");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
