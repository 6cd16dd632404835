import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Many listeners reading one stream at the preview's real-time rate, as players do: N connections opened at
 * RAMP per second, each sending one GET and then reading no faster than RATE bytes a second (after a first BURST,
 * a player's buffer), for SECONDS after its first byte, then closing. One thread and one selector, so the client
 * costs little beside the server it measures. Each connection's receive buffer is small (RCVBUF), so the server
 * really has to keep N streams going rather than hand everything to the kernel at once.
 *
 * <p>Prints time to first byte (from the start of connect to the first byte of the answer) and how many listeners
 * starved: refused, cut off, no first byte within 10 s, or behind real time by more than 2 s of audio at the end.
 *
 * <pre>java SlowListeners.java URL N [SECONDS] [RATE] [RAMP]</pre>
 * Last line: {@code RESULT n firstByteP50Ms firstByteP99Ms firstByteMaxMs starved bytes}.
 */
public class SlowListeners {

    static final int BURST = 16 * 1024;
    static final int RCVBUF = 4 * 1024;

    static final class Listener {
        final int index;
        SocketChannel channel;
        long connectAt;
        long firstByteAt;
        long received;
        boolean headerSeen;
        boolean done;
        boolean failed;
        String why = "";
        final StringBuilder head = new StringBuilder();

        Listener(int index) {
            this.index = index;
        }

        long allowance(long now, int rate) {
            return firstByteAt == 0 ? BURST : BURST + (now - firstByteAt) / 1_000_000L * rate / 1000;
        }
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int n = Integer.parseInt(args[1]);
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        int ramp = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        var address = new InetSocketAddress(uri.getHost(), uri.getPort());
        byte[] request = ("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        var selector = Selector.open();
        var listeners = new ArrayList<Listener>(n);
        var buffer = ByteBuffer.allocateDirect(64 * 1024);
        long start = System.nanoTime();
        int opened = 0;
        int finished = 0;
        long lastTick = 0;
        while (finished < n) {
            long now = System.nanoTime();
            // Open connections at the ramp rate.
            long due = Math.min(n, (now - start) / 1_000_000L * ramp / 1000 + 1);
            while (opened < due) {
                var listener = new Listener(opened++);
                listeners.add(listener);
                try {
                    listener.channel = SocketChannel.open();
                    listener.channel.setOption(StandardSocketOptions.SO_RCVBUF, RCVBUF);
                    listener.channel.configureBlocking(false);
                    listener.connectAt = System.nanoTime();
                    listener.channel.connect(address);
                    listener.channel.register(selector, SelectionKey.OP_CONNECT, listener);
                } catch (IOException e) {
                    finished += fail(listener, "connect: " + e.getMessage());
                }
            }
            // Every 100 ms: re-arm the listeners whose allowance grew, end those whose time is up or never started.
            if (now - lastTick > 100_000_000L) {
                lastTick = now;
                for (var key : selector.keys()) {
                    var listener = (Listener) key.attachment();
                    if (!key.isValid() || listener.done) {
                        continue;
                    }
                    if (listener.firstByteAt == 0 && now - listener.connectAt > 10_000_000_000L) {
                        finished += fail(listener, "no first byte in 10 s");
                    } else if (listener.firstByteAt != 0 && now - listener.firstByteAt > seconds * 1_000_000_000L) {
                        finished += end(listener, now, rate, seconds);
                    } else if (listener.channel.isConnected() && key.interestOps() == 0
                            && listener.received < listener.allowance(now, rate)) {
                        key.interestOps(SelectionKey.OP_READ);
                    }
                }
            }
            selector.select(20);
            for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                var key = it.next();
                it.remove();
                var listener = (Listener) key.attachment();
                if (listener.done || !key.isValid()) {
                    continue;
                }
                try {
                    if (key.isConnectable()) {
                        listener.channel.finishConnect();
                        listener.channel.write(ByteBuffer.wrap(request));
                        key.interestOps(SelectionKey.OP_READ);
                    } else if (key.isReadable()) {
                        long t = System.nanoTime();
                        long room = listener.allowance(t, rate) - listener.received;
                        buffer.clear().limit((int) Math.max(1, Math.min(buffer.capacity(), room)));
                        int read = listener.channel.read(buffer);
                        if (read < 0) {
                            finished += listener.firstByteAt == 0 ? fail(listener, "closed before answering")
                                    : end(listener, t, rate, seconds);
                            continue;
                        }
                        if (read > 0 && listener.firstByteAt == 0) {
                            listener.firstByteAt = t;
                        }
                        if (!listener.headerSeen) {
                            buffer.flip();
                            byte[] bytes = new byte[buffer.remaining()];
                            buffer.get(bytes);
                            listener.head.append(new String(bytes, StandardCharsets.ISO_8859_1));
                            int split = listener.head.indexOf("\r\n\r\n");
                            if (split >= 0) {
                                listener.headerSeen = true;
                                if (!listener.head.toString().startsWith("HTTP/1.1 200")) {
                                    finished += fail(listener, listener.head.substring(0, listener.head.indexOf("\r\n")));
                                    continue;
                                }
                                listener.received += listener.head.length() - split - 4;
                            }
                        } else {
                            listener.received += read;
                        }
                        if (listener.received >= listener.allowance(t, rate)) {
                            key.interestOps(0);
                        }
                    }
                } catch (IOException e) {
                    finished += fail(listener, e.getMessage());
                }
            }
        }
        report(listeners, seconds, rate, (System.nanoTime() - start) / 1e9);
    }

    static int fail(Listener listener, String why) {
        if (listener.done) {
            return 0;
        }
        listener.failed = true;
        listener.why = why;
        return close(listener);
    }

    /** Time is up or the stream ended: starved if it fell behind real time by more than 2 s of audio. */
    static int end(Listener listener, long now, int rate, int seconds) {
        if (listener.done) {
            return 0;
        }
        long listened = Math.min(seconds * 1_000_000_000L, now - listener.firstByteAt);
        long expected = BURST + listened / 1_000_000L * rate / 1000;
        if (listener.received < expected - 2L * rate) {
            listener.failed = true;
            listener.why = "behind: " + listener.received + " of " + expected + " bytes";
        }
        return close(listener);
    }

    static int close(Listener listener) {
        listener.done = true;
        try {
            if (listener.channel != null) {
                listener.channel.close();
            }
        } catch (IOException ignored) {
            // Closing is all that is left to do with it.
        }
        return 1;
    }

    static void report(List<Listener> listeners, int seconds, int rate, double elapsed) {
        long[] firstBytes = listeners.stream().filter(l -> l.firstByteAt != 0)
                .mapToLong(l -> (l.firstByteAt - l.connectAt) / 1000).sorted().toArray();
        long starved = listeners.stream().filter(l -> l.failed).count();
        long bytes = listeners.stream().mapToLong(l -> l.received).sum();
        listeners.stream().filter(l -> l.failed).map(l -> l.why.replaceAll("[0-9]+ of [0-9]+ bytes", "N of M bytes"))
                .distinct().limit(5).forEach(why -> System.out.println("  starved, for example: " + why));
        double p50 = percentile(firstBytes, 0.50) / 1000.0;
        double p99 = percentile(firstBytes, 0.99) / 1000.0;
        double max = firstBytes.length == 0 ? Double.NaN : firstBytes[firstBytes.length - 1] / 1000.0;
        System.out.printf("  %d listeners at %d B/s for %d s (%.0f s in all): first byte p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms; starved %d; %d bytes read%n", listeners.size(), rate, seconds, elapsed, p50, p99, max,
                starved, bytes);
        System.out.printf("RESULT %d %.1f %.1f %.1f %d %d%n", listeners.size(), p50, p99, max, starved, bytes);
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
