import io.backbeat.keys.PlayerKeys;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * bench/purchase's set-up: makes the customers (sign-up, a registered player, 3,000 points by card, a site session)
 * and writes what wrk then sends. {@code purchases.txt} has a line per purchase to make, "Cookie-header TAB work id",
 * every catalogue work for every customer, customers taking turns so that one customer's purchases rarely wait for
 * each other; {@code sessions.txt} has each customer's Cookie header. Arguments: http base, customers, the folder to
 * write into, the folder that keeps the players' public keys from one run to the next (an RSA key takes a core a
 * fifth of a second to make, most of the set-up's time otherwise).
 */
public class PurchaseBench {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int customerCount = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Path keys = Files.createDirectories(Path.of(args[3]));
        HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<Long> works = new ArrayList<>();
        Matcher ids = ID.matcher(send(anonymous, get(base + "/api/catalog/works?size=100"), 200));
        while (ids.find()) {
            works.add(Long.parseLong(ids.group(1)));
        }
        System.err.printf("%d works; making %d customers%n", works.size(), customerCount);

        ExecutorService setUp = Executors.newFixedThreadPool(4);
        List<Future<String>> made = new ArrayList<>();
        for (int i = 0; i < customerCount; i++) {
            Path key = keys.resolve(i + ".asc");
            made.add(setUp.submit(() -> customer(base, key)));
        }
        List<String> cookies = new ArrayList<>();
        for (Future<String> customer : made) {
            cookies.add(customer.get());
        }
        setUp.shutdown();

        var purchases = new StringBuilder();
        for (int w = 0; w < works.size(); w++) {
            for (int c = 0; c < cookies.size(); c++) {
                purchases.append(cookies.get(c)).append('\t').append(works.get((w + c) % works.size())).append('\n');
            }
        }
        Files.writeString(out.resolve("purchases.txt"), purchases);
        Files.write(out.resolve("sessions.txt"), cookies);
    }

    /** A new customer with a registered player and 3,000 points, signed in to the site: its Cookie header. */
    private static String customer(String base, Path key) throws Exception {
        String email = "bench-" + UUID.randomUUID() + "@example.org";
        HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        send(anonymous, json(base + "/api/accounts", "{\"email\":\"" + email + "\",\"name\":\"Bench Buyer\","
                + "\"password\":\"" + PASSWORD + "\",\"street\":\"1 Main St\",\"postalCode\":\"10001\","
                + "\"city\":\"New York\",\"country\":\"US\",\"phone\":\"+1 212 555 0100\"}").build(), 201);
        var cookies = new CookieManager();
        HttpClient session = session(base, email, cookies);
        if (!Files.exists(key)) {
            var ring = PlayerKeys.publicRing(PlayerKeys.generate("Bench player", "bench passphrase".toCharArray(), 2048));
            Files.writeString(key, PlayerKeys.armor(ring));
        }
        String armored = Files.readString(key).replace("\r", "").replace("\n", "\\n");
        send(session, json(base + "/api/me/players", "{\"name\":\"Bench player\",\"publicKey\":\"" + armored + "\"}")
                .build(), 201);
        send(session, json(base + "/api/points/top-ups", "{\"bundle\":3000,\"card\":{\"number\":\"4242424242424242\","
                + "\"expMonth\":12,\"expYear\":2035,\"cvc\":\"123\"}}").header("Idempotency-Key",
                UUID.randomUUID().toString()).build(), 201);
        return cookies.getCookieStore().get(URI.create(base)).stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
    }

    /** Signed in with the site's login form: the session cookie then stands for the password on every request. */
    private static HttpClient session(String base, String email, CookieManager cookies) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
        client.send(get(base + "/account/profile.xhtml"), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        send(client, HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 302);
        return client;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).build();
    }

    private static HttpRequest.Builder json(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String send(HttpClient client, HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ", not " + expected + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
