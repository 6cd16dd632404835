import io.backbeat.keys.PlayerKeys;
import java.net.CookieManager;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/purchase's client. Makes the customers (sign-up, a registered player, 3,000 points by card, a site session),
 * then buys every work in the catalogue for each of them from several threads at once, each purchase with its own
 * Idempotency-Key: the first half of the customers' purchases warm the server up, the second half's are measured. It
 * prints purchases per second, the seconds they took, the server's CPU time per purchase (read from /proc, so it
 * shows what a purchase costs whatever else the machine does), the same for as many signed-in GET /api/me (the
 * floor any request pays: session, security, REST, one row read, JSON) and the administrators' ledger audit.
 * Arguments: http base, customers, threads, the server's process id.
 */
public class PurchaseBench {

    private static final String PASSWORD = "correct horse battery";
    /** USER_HZ: Linux reports process times in hundredths of a second on every architecture it runs on. */
    private static final int TICKS_PER_SECOND = 100;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private record Customer(String email, HttpClient session) {
    }

    /** What one timed round did: requests answered, wall-clock seconds and the server's CPU time in clock ticks. */
    private record Run(long requests, double seconds, long cpuTicks) {

        double perSecond() {
            return requests / seconds;
        }

        double cpuMillisEach() {
            return cpuTicks * 1000.0 / TICKS_PER_SECOND / requests;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int customerCount = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        Path serverStat = Path.of("/proc", args[3], "stat");
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

        // A server runs for days: the first half's purchases warm it up (HotSpot compiles the purchase's path, which
        // on a fresh server costs more CPU than the purchases themselves) and only the second half's are measured.
        int half = customers.size() / 2;
        Run warmUp = buyAll(base, works, customers.subList(0, half), threads, serverStat);
        System.err.printf("warm-up: %d purchases, %.1f per second, %.2f ms of server CPU each%n", warmUp.requests(),
                warmUp.perSecond(), warmUp.cpuMillisEach());
        Run measured = buyAll(base, works, customers.subList(half, customers.size()), threads, serverStat);

        // The floor under any purchase: as many signed-in GET /api/me (one row read, a little JSON) as purchases.
        var profiles = new ConcurrentLinkedQueue<Runnable>();
        for (int i = 0; i < measured.requests(); i++) {
            Customer customer = customers.get(half + i % (customers.size() - half));
            profiles.add(() -> send(customer.session(), get(base + "/api/me"), 200));
        }
        Run floor = timed(profiles, threads, serverStat);

        HttpClient admin = session(base, "admin@backbeat.demo", "demo-admin");
        String audit = send(admin, get(base + "/api/admin/ledger/audit"), 200);
        boolean whole = audit.contains("\"postingsSum\":0,") && audit.contains("\"mismatches\":[]")
                && audit.contains("\"unbalancedEntries\":[]") && audit.contains("\"overdrawn\":[]");
        System.out.printf("purchases: %d%n", measured.requests());
        System.out.printf("seconds: %d%n", Math.max(1, Math.round(measured.seconds())));
        System.out.printf("purchases per second: %.1f%n", measured.perSecond());
        System.out.printf("server CPU per purchase: %.2f ms%n", measured.cpuMillisEach());
        System.out.printf("for comparison, a signed-in GET /api/me: %.1f per second, %.2f ms of server CPU each%n",
                floor.perSecond(), floor.cpuMillisEach());
        System.out.printf("ledger audit: %s%n", whole ? "whole (sum 0, no mismatch, nobody overdrawn)" : audit);
        if (!whole) {
            System.exit(1);
        }
    }

    /** Buys every work for each of these customers from so many threads at once, each purchase with its own key. */
    private static Run buyAll(String base, List<Long> works, List<Customer> customers, int threads, Path serverStat)
            throws Exception {
        var purchases = new ConcurrentLinkedQueue<Runnable>();
        for (int w = 0; w < works.size(); w++) {
            for (int c = 0; c < customers.size(); c++) {
                Customer customer = customers.get(c);
                long work = works.get((w + c) % works.size());
                purchases.add(() -> send(customer.session(), json(base + "/api/purchases", "{\"work\":" + work + "}")
                        .header("Idempotency-Key", UUID.randomUUID().toString()).build(), 201));
            }
        }
        System.err.printf("buying %d works from %d threads%n", purchases.size(), threads);
        return timed(purchases, threads, serverStat);
    }

    /** Runs the requests from so many threads at once, timing them and the server's CPU. */
    private static Run timed(ConcurrentLinkedQueue<Runnable> requests, int threads, Path serverStat) throws Exception {
        int count = requests.size();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long cpuStart = cpuTicks(serverStat);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(clients.submit(() -> {
                for (Runnable request = requests.poll(); request != null; request = requests.poll()) {
                    request.run();
                }
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        return new Run(count, (System.nanoTime() - start) / 1e9, cpuTicks(serverStat) - cpuStart);
    }

    /** A process's user and system CPU time so far, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    private static long cpuTicks(Path stat) throws java.io.IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
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
