import io.backbeat.delivery.SealedPurchase;
import io.backbeat.delivery.StreamTicket;
import io.backbeat.keys.PlayerKeys;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * bench/delivery's client: a new customer with a registered player buys the work, then downloads it sealed
 * (/stream/purchase) and the same bytes plain (Undertow's own file handler in the same server), one after the other,
 * over HTTPS, and prints bytes per second of each and their ratio. Arguments: https base, work id, master file, runs,
 * warm-up runs of each, not counted (the server's JIT compiles both paths during the first few).
 */
public class DeliveryBench {

    private static final String PASSWORD = "correct horse battery";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long work = Long.parseLong(args[1]);
        byte[] master = Files.readAllBytes(Path.of(args[2]));
        int runs = Integer.parseInt(args[3]);
        int warmups = Integer.parseInt(args[4]);
        var client = HttpClient.newBuilder().sslContext(trustingEveryone()).version(HttpClient.Version.HTTP_1_1).build();

        String email = "bench-" + UUID.randomUUID() + "@example.org";
        post(client, base + "/api/accounts", null, "{\"email\":\"" + email + "\",\"name\":\"Bench Listener\",\"password\":\""
                + PASSWORD + "\",\"street\":\"1 Main St\",\"postalCode\":\"10001\",\"city\":\"New York\",\"country\":\"US\","
                + "\"phone\":\"+1 212 555 0100\"}", 201);
        char[] passphrase = "bench passphrase".toCharArray();
        var keys = PlayerKeys.generate("Bench player", passphrase);
        String armored = PlayerKeys.armor(PlayerKeys.publicRing(keys)).replace("\r", "").replace("\n", "\\n");
        post(client, base + "/api/me/players", email, "{\"name\":\"Bench player\",\"publicKey\":\"" + armored + "\"}", 201);
        post(client, base + "/api/points/top-ups", email, "{\"bundle\":500,\"card\":{\"number\":\"4242424242424242\","
                + "\"expMonth\":12,\"expYear\":2035,\"cvc\":\"123\"}}", 201);
        String licence = post(client, base + "/api/purchases", email, "{\"work\":" + work + "}", 201)
                .replaceAll(".*\"id\":(\\d+).*", "$1");

        var signing = PlayerKeys.signingKey(keys, passphrase);
        var storeKey = PlayerKeys.readPublic(get(client, base + PlayerKeys.STORE_KEY_PATH, null, null)).getPublicKey();
        byte[] first = get(client, base + "/stream/purchase/" + licence, email,
                StreamTicket.issue(Long.parseLong(licence), keys.getPublicKey(), signing));
        var opened = SealedPurchase.open(new ByteArrayInputStream(first), PlayerKeys.decryptionKey(keys, passphrase), storeKey);
        if (!Arrays.equals(opened.content(), master)) {
            throw new IllegalStateException("The sealed download does not open to the master");
        }
        if (!Arrays.equals(get(client, base + "/bench-plain/master.mp3", null, null), master)) {
            throw new IllegalStateException("The plain download is not the master");
        }
        System.out.printf("  checked: the sealed download opens to the master (%,d bytes -> %,d sealed), signed by the store%n",
                master.length, first.length);

        String sealedUrl = base + "/stream/purchase/" + licence;
        String plainUrl = base + "/bench-plain/master.mp3";
        Downloader java = (url, ticket) -> download(client, url, ticket == null ? null : email, ticket);
        Downloader curl = (url, ticket) -> curl(url, ticket == null ? null : email, ticket);
        double javaRatio = compare("Java's HttpClient (as the player)", java, sealedUrl, plainUrl, runs, warmups,
                () -> StreamTicket.issue(Long.parseLong(licence), keys.getPublicKey(), signing));
        double curlRatio = compare("curl (OpenSSL)", curl, sealedUrl, plainUrl, runs, warmups,
                () -> StreamTicket.issue(Long.parseLong(licence), keys.getPublicKey(), signing));
        System.out.printf("RATIO %.3f %.3f%n", javaRatio, curlRatio);
    }

    /** Fetches a URL with a ticket (and the customer's credentials) or without either. */
    private interface Downloader {
        Download get(String url, String ticket) throws Exception;
    }

    private interface Tickets {
        String next() throws Exception;
    }

    /** Downloads sealed and plain by turns with one client; prints both and returns the ratio of the medians. */
    private static double compare(String name, Downloader client, String sealedUrl, String plainUrl, int runs,
                                  int warmups, Tickets tickets) throws Exception {
        List<Download> sealed = new ArrayList<>();
        List<Download> plain = new ArrayList<>();
        for (int run = -warmups; run < runs; run++) {
            var sealedRun = client.get(sealedUrl, tickets.next());
            var plainRun = client.get(plainUrl, null);
            if (run >= 0) {
                sealed.add(sealedRun);
                plain.add(plainRun);
            }
        }
        double s = median(sealed.stream().map(Download::bytesPerSecond).toList());
        double p = median(plain.stream().map(Download::bytesPerSecond).toList());
        System.out.printf("  with %s:%n", name);
        System.out.printf("  sealed for the player  %8.1f MB/s  (median of %d; runs: %s), first byte after %s ms%n",
                s / 1e6, runs, mb(sealed), firstBytes(sealed));
        System.out.printf("  plain, same server     %8.1f MB/s  (median of %d; runs: %s), first byte after %s ms%n",
                p / 1e6, runs, mb(plain), firstBytes(plain));
        System.out.printf("  ratio sealed/plain     %8.2f   (bar: >= 0.70)%n", s / p);
        return s / p;
    }

    /** One download by curl, a new connection each time (its TLS handshake counts in the first byte). */
    private static Download curl(String url, String email, String ticket) throws Exception {
        var command = new ArrayList<>(List.of("curl", "-sS", "-k", "--http1.1", "-o", "/dev/null", "-w",
                "%{http_code} %{size_download} %{time_starttransfer} %{time_total}"));
        if (email != null) {
            command.addAll(List.of("-u", email + ":" + PASSWORD));
        }
        if (ticket != null) {
            command.addAll(List.of("-H", StreamTicket.HEADER + ": " + ticket));
        }
        command.add(url);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String[] out = new String(process.getInputStream().readAllBytes()).trim().split(" ");
        if (process.waitFor() != 0 || !out[0].equals("200")) {
            throw new IllegalStateException("curl " + url + ": " + String.join(" ", out));
        }
        double first = Double.parseDouble(out[2]);
        return new Download(first * 1000, Long.parseLong(out[1]) / (Double.parseDouble(out[3]) - first));
    }

    /**
     * One download: how long until its first byte (the request's fixed cost: for a purchase, the customer's
     * password checked with bcrypt and the player's ticket verified), and its bytes per second from then on.
     */
    private record Download(double firstByteMillis, double bytesPerSecond) {
    }

    private static Download download(HttpClient client, String url, String email, String ticket) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request(url, email, ticket).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long first = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = response.body()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                if (bytes == 0 && read > 0) {
                    first = System.nanoTime();
                }
                bytes += read;
            }
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return new Download((first - start) / 1e6, bytes / ((System.nanoTime() - first) / 1e9));
    }

    private static String firstBytes(List<Download> downloads) {
        return downloads.stream().map(d -> String.format("%.0f", d.firstByteMillis())).reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    private static HttpRequest.Builder request(String url, String email, String ticket) {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (email != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes()));
        }
        if (ticket != null) {
            request.header(StreamTicket.HEADER, ticket);
        }
        return request;
    }

    private static String post(HttpClient client, String url, String email, String json, int expected) throws Exception {
        var response = client.send(request(url, email, null).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static byte[] get(HttpClient client, String url, String email, String ticket) throws Exception {
        var response = client.send(request(url, email, ticket).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + new String(response.body()));
        }
        return response.body();
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String mb(List<Download> downloads) {
        return downloads.stream().map(d -> String.format("%.0f", d.bytesPerSecond() / 1e6)).reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    /** The bench server's certificate is self-signed. */
    private static SSLContext trustingEveryone() throws Exception {
        var context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        return context;
    }
}
