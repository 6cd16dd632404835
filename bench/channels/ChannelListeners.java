import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Many radio listeners at once, as internet radios are: each opens one stream (HTTP/1.0, so the body is the raw
 * MP3) and reads whatever arrives. N connections spread over the given stream addresses in turn, opened RAMP a
 * second; once all are open and SETTLE seconds have passed, every listener's bytes are counted for SECONDS. A
 * listener is starved if it received less than RATE bytes a second over that window (the stream's real-time rate;
 * 1 % is allowed for the window's edges falling between two of the server's ticks), or was refused or cut off.
 * One thread and one selector, so the client costs little beside the server it measures.
 *
 * <pre>java ChannelListeners.java N SECONDS RATE RAMP SETTLE URL…</pre>
 * Prints WINDOW-START and WINDOW-END as the counting starts and ends (the script reads the servers' CPU then).
 * Last line: {@code RESULT n minBps p1Bps medianBps starved totalBytes}.
 */
public class ChannelListeners {

    static final class Listener {
        SocketChannel channel;
        byte[] request;
        boolean headerSeen;
        final StringBuilder head = new StringBuilder();
        long received;
        long atWindowStart = -1;
        long atWindowEnd = -1;
        String failure;
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int ramp = Integer.parseInt(args[3]);
        int settle = Integer.parseInt(args[4]);
        List<URI> streams = Arrays.stream(args).skip(5).map(URI::create).toList();
        var selector = Selector.open();
        var listeners = new ArrayList<Listener>(n);
        var buffer = ByteBuffer.allocateDirect(256 * 1024);
        long start = System.nanoTime();
        long windowStart = Long.MAX_VALUE;
        long windowEnd = Long.MAX_VALUE;
        long lastReport = start;
        while (true) {
            long now = System.nanoTime();
            long due = Math.min(n, (now - start) / 1_000_000L * ramp / 1000 + 1);
            while (listeners.size() < due) {
                URI uri = streams.get(listeners.size() % streams.size());
                var listener = new Listener();
                listeners.add(listener);
                listener.request = ("GET " + uri.getRawPath() + " HTTP/1.0\r\nHost: " + uri.getHost() + "\r\n"
                        + "User-Agent: bench\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    listener.channel = SocketChannel.open();
                    listener.channel.configureBlocking(false);
                    listener.channel.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
                    listener.channel.register(selector, SelectionKey.OP_CONNECT, listener);
                } catch (IOException e) {
                    listener.failure = "connect: " + e.getMessage();
                }
                if (listeners.size() == n) {
                    windowStart = now + settle * 1_000_000_000L;
                    windowEnd = windowStart + seconds * 1_000_000_000L;
                    System.out.printf("  all %d listeners opened after %.1f s; counting from %d s later for %d s%n",
                            n, (now - start) / 1e9, settle, seconds);
                }
            }
            if (now >= windowStart && listeners.get(0).atWindowStart < 0) {
                listeners.forEach(l -> l.atWindowStart = l.received);
                System.out.println("WINDOW-START");
            }
            if (now >= windowEnd) {
                listeners.forEach(l -> l.atWindowEnd = l.received);
                System.out.println("WINDOW-END");
                break;
            }
            if (now - lastReport > 10_000_000_000L) {
                lastReport = now;
                long total = listeners.stream().mapToLong(l -> l.received).sum();
                long failed = listeners.stream().filter(l -> l.failure != null).count();
                System.out.printf("  %5.0f s: %d listeners, %d MB received, %d failed%n", (now - start) / 1e9,
                        listeners.size(), total / 1_000_000, failed);
            }
            selector.select(50);
            for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                var key = it.next();
                it.remove();
                var listener = (Listener) key.attachment();
                try {
                    if (key.isConnectable()) {
                        listener.channel.finishConnect();
                        listener.channel.write(ByteBuffer.wrap(listener.request));
                        key.interestOps(SelectionKey.OP_READ);
                    } else if (key.isReadable()) {
                        buffer.clear();
                        int read = listener.channel.read(buffer);
                        if (read < 0) {
                            listener.failure = "closed by the server";
                            key.cancel();
                            listener.channel.close();
                            continue;
                        }
                        if (listener.headerSeen) {
                            listener.received += read;
                            continue;
                        }
                        buffer.flip();
                        byte[] bytes = new byte[buffer.remaining()];
                        buffer.get(bytes);
                        listener.head.append(new String(bytes, StandardCharsets.ISO_8859_1));
                        int split = listener.head.indexOf("\r\n\r\n");
                        if (split >= 0) {
                            listener.headerSeen = true;
                            if (!listener.head.toString().matches("(?s)HTTP/1\\.[01] 200.*")) {
                                listener.failure = listener.head.substring(0, listener.head.indexOf("\r\n"));
                                key.cancel();
                                listener.channel.close();
                                continue;
                            }
                            listener.received += listener.head.length() - split - 4;
                        }
                    }
                } catch (IOException e) {
                    listener.failure = e.getMessage();
                    key.cancel();
                    listener.channel.close();
                }
            }
        }
        double[] rates = listeners.stream().mapToDouble(l -> l.failure != null ? 0
                : (l.atWindowEnd - l.atWindowStart) / (double) seconds).sorted().toArray();
        long starved = Arrays.stream(rates).filter(r -> r < rate * 0.99).count();
        long total = listeners.stream().mapToLong(l -> l.received).sum();
        listeners.stream().filter(l -> l.failure != null).limit(5)
                .forEach(l -> System.out.println("  failed: " + l.failure));
        for (var l : listeners) {
            if (l.channel != null) {
                l.channel.close();
            }
        }
        System.out.printf("RESULT %d %.0f %.0f %.0f %d %d%n", n, rates[0], rates[(int) (n * 0.01)], rates[n / 2],
                starved, total);
    }
}
