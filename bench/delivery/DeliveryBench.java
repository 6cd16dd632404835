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
 * over HTTPS, and prints bytes per second of each and their ratio. Arguments: https base, work id, master file, runs.
 */
public class DeliveryBench {

    private static final String PASSWORD = "correct horse battery";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long work = Long.parseLong(args[1]);
        byte[] master = Files.readAllBytes(Path.of(args[2]));
        int runs = Integer.parseInt(args[3]);
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

        List<Download> sealed = new ArrayList<>();
        List<Download> plain = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            String ticket = StreamTicket.issue(Long.parseLong(licence), keys.getPublicKey(), signing);
            sealed.add(download(client, base + "/stream/purchase/" + licence, email, ticket));
            plain.add(download(client, base + "/bench-plain/master.mp3", null, null));
        }
        double s = median(sealed.stream().map(Download::bytesPerSecond).toList());
        double p = median(plain.stream().map(Download::bytesPerSecond).toList());
        System.out.printf("  sealed for the player  %8.1f MB/s  (median of %d; runs: %s), first byte after %s ms%n",
                s / 1e6, runs, mb(sealed), firstBytes(sealed));
        System.out.printf("  plain, same server     %8.1f MB/s  (median of %d; runs: %s), first byte after %s ms%n",
                p / 1e6, runs, mb(plain), firstBytes(plain));
        System.out.printf("  ratio sealed/plain     %8.2f   (bar: >= 0.70)%n", s / p);
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
