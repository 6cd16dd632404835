import io.backbeat.keys.PlayerKeys;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/purchase's client. Makes the customers (sign-up, a registered player, 3,000 points by card, a site session),
 * then buys every work in the catalogue for each of them from several threads at once, each purchase with its own
 * Idempotency-Key, and prints purchases per second, the seconds it took and the administrators' ledger audit.
 * Arguments: http base, customers, threads.
 */
public class PurchaseBench {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private record Customer(String email, HttpClient session) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int customerCount = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<Long> works = new ArrayList<>();
        Matcher ids = ID.matcher(send(anonymous, get(base + "/api/catalog/works?size=100"), 200));
        while (ids.find()) {
            works.add(Long.parseLong(ids.group(1)));
        }
        System.err.printf("%d works; making %d customers%n", works.size(), customerCount);

        ExecutorService setUp = Executors.newFixedThreadPool(4);
        List<Future<Customer>> made = new ArrayList<>();
        for (int i = 0; i < customerCount; i++) {
            made.add(setUp.submit(() -> customer(base)));
        }
        List<Customer> customers = new ArrayList<>();
        for (Future<Customer> customer : made) {
            customers.add(customer.get());
        }
        setUp.shutdown();

        var purchases = new ConcurrentLinkedQueue<Runnable>();
        var bought = new AtomicLong();
        for (int w = 0; w < works.size(); w++) {
            for (Customer customer : customers) {
                long work = works.get((w + customers.indexOf(customer)) % works.size());
                purchases.add(() -> {
                    send(customer.session(), json(base + "/api/purchases", "{\"work\":" + work + "}")
                            .header("Idempotency-Key", UUID.randomUUID().toString()).build(), 201);
                    bought.incrementAndGet();
                });
            }
        }
        System.err.printf("buying %d works from %d threads%n", purchases.size(), threads);
        ExecutorService buyers = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(buyers.submit(() -> {
                for (Runnable purchase = purchases.poll(); purchase != null; purchase = purchases.poll()) {
                    purchase.run();
                }
            }));
        }
        for (Future<?> buyer : running) {
            buyer.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        buyers.shutdown();

        HttpClient admin = session(base, "admin@backbeat.demo", "demo-admin");
        String audit = send(admin, get(base + "/api/admin/ledger/audit"), 200);
        boolean whole = audit.contains("\"postingsSum\":0,") && audit.contains("\"mismatches\":[]")
                && audit.contains("\"unbalancedEntries\":[]") && audit.contains("\"overdrawn\":[]");
        System.out.printf("purchases: %d%n", bought.get());
        System.out.printf("seconds: %d%n", Math.max(1, Math.round(seconds)));
        System.out.printf("purchases per second: %.1f%n", bought.get() / seconds);
        System.out.printf("ledger audit: %s%n", whole ? "whole (sum 0, no mismatch, nobody overdrawn)" : audit);
        if (!whole) {
            System.exit(1);
        }
    }

    /** A new customer with a registered player and 3,000 points, signed in to the site. */
    private static Customer customer(String base) throws Exception {
        String email = "bench-" + UUID.randomUUID() + "@example.org";
        HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        send(anonymous, json(base + "/api/accounts", "{\"email\":\"" + email + "\",\"name\":\"Bench Buyer\","
                + "\"password\":\"" + PASSWORD + "\",\"street\":\"1 Main St\",\"postalCode\":\"10001\","
                + "\"city\":\"New York\",\"country\":\"US\",\"phone\":\"+1 212 555 0100\"}").build(), 201);
        HttpClient session = session(base, email, PASSWORD);
        var keys = PlayerKeys.generate("Bench player", "bench passphrase".toCharArray(), 2048);
        String armored = PlayerKeys.armor(PlayerKeys.publicRing(keys)).replace("\r", "").replace("\n", "\\n");
        send(session, json(base + "/api/me/players", "{\"name\":\"Bench player\",\"publicKey\":\"" + armored + "\"}")
                .build(), 201);
        send(session, json(base + "/api/points/top-ups", "{\"bundle\":3000,\"card\":{\"number\":\"4242424242424242\","
                + "\"expMonth\":12,\"expYear\":2035,\"cvc\":\"123\"}}").header("Idempotency-Key",
                UUID.randomUUID().toString()).build(), 201);
        return new Customer(email, session);
    }

    /** Signed in with the site's login form: the session cookie then stands for the password on every request. */
    private static HttpClient session(String base, String email, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        client.send(get(base + "/account/profile.xhtml"), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
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
