package io.backbeat.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backbeat.SystemTest;
import io.backbeat.TestPlayer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The ledger's rules under load, on PostgreSQL (H2 runs one writer at a time and would prove little): 10,000 random
 * top-ups (every test card), purchases and refunds from 100 customers and an administrator, 200 in flight at once.
 * Some requests are sent twice at the same moment, some are cut off by the client (the connection reset once the
 * request is written, or halfway through its body) and sent again with the same key, as a client that never saw
 * the answer would; some reuse a finished request's key for another request. Afterwards: every posting sums to
 * zero, every balance equals its postings, no customer is below zero, and each kind of entry was posted exactly as
 * often as distinct keys succeeded: nothing lost, nothing twice.
 * <p>
 * {@code -Dit.invariant.operations=N} runs fewer (or more) operations.
 */
@EnabledIfSystemProperty(named = "it.db.product", matches = "PostgreSQL")
class LedgerInvariantIT extends SystemTest {

    private static final Logger LOG = Logger.getLogger(LedgerInvariantIT.class.getName());

    private static final int OPERATIONS = Integer.getInteger("it.invariant.operations", 10_000);
    private static final int AT_ONCE = 200;
    private static final int CUSTOMERS = 100;
    private static final List<String> WORKS = List.of("Hello, Backbeat", "Count-In", "B-Side Weather",
            "Northern Hours", "Glass Harbour", "Waiting Room Blue", "Harvest Reel", "Nordlys", "Modular Snow",
            "Platform 9", "Red Line Shuffle", "Claw Machine");
    private static final List<String> CARDS = List.of(
            "4242424242424242", "4242424242424242", "4242424242424242", "4242424242424242", "4242424242424242",
            "4242424242424242", "4000000000000002", "4000000000009995", "4000000000000069", "4000000000000119",
            "4000000000000259");
    private static final String DISPUTED_LATER = "4000000000000259";

    private final Random random = new Random(Long.getLong("it.invariant.seed", 20261203L));
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private final Set<String> disputedKeys = ConcurrentHashMap.newKeySet();
    private final Queue<Long> licences = new ConcurrentLinkedQueue<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger cutOff = new AtomicInteger();
    /** Requests sent at least once without their answer being read: cut off, or the connection dropped. */
    private final Set<Operation> unanswered = ConcurrentHashMap.newKeySet();

    /** One kind of request: where it goes, what it says, and which answers mean "done" rather than "send again". */
    private enum Kind {
        TOP_UP("/api/points/top-ups", Set.of(201), Set.of(402, 502)),
        PURCHASE("/api/purchases", Set.of(200, 201), Set.of(409)),
        REFUND(null, Set.of(200), Set.of(409));

        final String path;
        final Set<Integer> successes;
        final Set<Integer> refusals;

        Kind(String path, Set<Integer> successes, Set<Integer> refusals) {
            this.path = path;
            this.successes = successes;
            this.refusals = refusals;
        }
    }

    /** One money- or points-moving request, with its key: sent as often as it takes, it must act once. */
    private record Operation(Kind kind, Session session, String path, String key, String body) {

        @Override
        public String toString() {
            return kind + " " + path + " " + key + " " + body;
        }
    }

    @Test
    void theLedgerHoldsUnderConcurrentRetriedAndAbortedRequests() throws Exception {
        List<Long> works = WORKS.stream().map(SystemTest::workId).toList();
        List<Integer> bundles = api().get("/points/bundles").then().statusCode(200).extract().jsonPath()
                .getList("points", Integer.class);
        List<Session> customers = signUpCustomers();
        Session admin = Session.logIn(ADMIN, ADMIN_PASSWORD);
        Map<String, Long> before = entriesByKind(audit());

        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
            // Drawn when it runs, so that refunds find the licences bought so far.
            running.add(pool.submit(() -> perform(next(customers, admin, works, bundles), random.nextInt(100))));
        }
        for (Future<?> operation : running) {
            operation.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        askAgainAfterRefusals();
        LOG.info(() -> OPERATIONS + " operations, " + cutOff.get() + " cut off and sent again; answers: "
                + answers.values().stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                java.util.TreeMap::new, java.util.stream.Collectors.counting())));

        assertThat(unexpected).as("answers outside the API's promises").isEmpty();
        long toppedUp = succeeded("TOP_UP", 201);
        long bought = succeeded("PURCHASE", 201);
        long refunded = succeeded("REFUND", 200);
        long disputed = disputedKeys.stream().filter(key -> answers.get(key) == 201).count();
        assertThat(toppedUp).isPositive();
        assertThat(bought).isPositive();
        assertThat(refunded).isPositive();
        // The sandbox disputes its 0259 charges a few seconds after approving them.
        await("every disputed charge's notice").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> grown(before, entriesByKind(audit()), "DISPUTE") == disputed);

        JsonPath audit = audit();
        Map<String, Long> after = entriesByKind(audit);
        assertThat(grown(before, after, "TOP_UP")).as("top-ups: one entry per approved key").isEqualTo(toppedUp);
        assertThat(grown(before, after, "PURCHASE")).as("purchases: one entry per granted key").isEqualTo(bought);
        assertThat(grown(before, after, "REFUND")).as("refunds: one entry per refunded key").isEqualTo(refunded);
        assertThat(audit.getLong("postingsSum")).isZero();
        assertThat(audit.getList("unbalancedEntries")).isEmpty();
        assertThat(audit.getList("mismatches")).isEmpty();
        assertThat(audit.getList("overdrawn")).isEmpty();
    }

    /** The next random request: a top-up, a purchase, or a refund of a licence bought so far. */
    private synchronized Operation next(List<Session> customers, Session admin, List<Long> works,
                                        List<Integer> bundles) {
        Session customer = customers.get(random.nextInt(customers.size()));
        int draw = random.nextInt(100);
        if (draw < 35) {
            String card = CARDS.get(random.nextInt(CARDS.size()));
            String key = "topup-" + java.util.UUID.randomUUID();
            if (card.equals(DISPUTED_LATER)) {
                disputedKeys.add(key);
            }
            return new Operation(Kind.TOP_UP, customer, Kind.TOP_UP.path, key,
                    "{\"bundle\": " + bundles.get(random.nextInt(bundles.size())) + ", \"card\": {\"number\": \""
                            + card + "\", \"expMonth\": 12, \"expYear\": " + (java.time.Year.now().getValue() + 3)
                            + ", \"cvc\": \"123\"}}");
        }
        if (draw < 85) {
            return new Operation(Kind.PURCHASE, customer, Kind.PURCHASE.path, "purchase-" + java.util.UUID.randomUUID(),
                    "{\"work\": " + works.get(random.nextInt(works.size())) + "}");
        }
        Long licence = licences.peek();
        if (licence == null) {
            return next(customers, admin, works, bundles);
        }
        if (random.nextBoolean()) {
            licences.poll(); // now and then a licence stays for a second, refused, refund
        }
        return new Operation(Kind.REFUND, admin, "/api/admin/licences/" + licence + "/refund",
                "refund-" + java.util.UUID.randomUUID(), "");
    }

    /** Sends the operation in one of the ways clients really do, until it has a final answer. */
    private void perform(Operation operation, int style) {
        try {
            if (style < 8) {
                // Sent twice at once: one acts, the other replays it (untilFinal checks that they agree).
                var twin = Executors.newSingleThreadExecutor();
                Future<?> other = twin.submit(() -> untilFinal(operation));
                untilFinal(operation);
                other.get();
                twin.shutdown();
            } else if (style < 16) {
                // Cut off: the client never sees an answer, so it sends the same request again.
                operation.session().abort(operation, style % 2 == 0);
                cutOff.incrementAndGet();
                unanswered.add(operation);
                untilFinal(operation);
            } else {
                untilFinal(operation);
            }
            if (style >= 95 && operation.kind() != Kind.REFUND) {
                reuseTheKey(operation);
            }
        } catch (Exception e) {
            unexpected.add(operation + " failed: " + e);
        }
    }

    /**
     * A request whose answer was never read (cut off, or its connection dropped) may still be queued behind its
     * customer's lock when the same request, sent again, is refused (too few points); a top-up then lands, and the
     * first copy buys: rightly, since a refusal keeps no key, but its answer went to a closed connection. So a client
     * that lost an answer and was then refused cannot know that the refusal is the whole story. Asked once more now
     * that every request has ended, the key tells: the first copy's result replayed, or, when nothing used it, a new
     * attempt answered.
     */
    private void askAgainAfterRefusals() throws InterruptedException {
        Instant asking = Instant.now();
        int asked = 0;
        int boughtUnseen = 0;
        for (Operation operation : unanswered) {
            Integer answer = answers.get(operation.key());
            if (answer != null && operation.kind().refusals.contains(answer)) {
                asked++;
                HttpResponse<String> again = untilFinal(operation);
                if (again != null && operation.kind() == Kind.PURCHASE && again.statusCode() == 201
                        && Instant.parse(JsonPath.from(again.body()).getString("grantedAt")).isBefore(asking)) {
                    boughtUnseen++;
                }
            }
        }
        LOG.info(asked + " requests with a lost answer were refused when sent again; asked once more, "
                + boughtUnseen + " turned out to have bought after their resend was refused");
    }

    /**
     * The same key for another request. A key that did something is taken: 422, nothing changes. A refused request
     * left its key unused, so the other request is simply a new one: refused again here (the same card declines
     * again, an unknown work is not found), so that what succeeded stays countable.
     */
    private void reuseTheKey(Operation operation) throws IOException, InterruptedException {
        int first = answers.get(operation.key());
        boolean taken = operation.kind().successes.contains(first);
        String other = operation.body().replace("\"expMonth\": 12", "\"expMonth\": 11")
                .replaceFirst("\\{\"work\": \\d+}", "{\"work\": 999999}");
        int expected = taken ? 422 : operation.kind() == Kind.TOP_UP ? first : 404;
        int status = operation.session().send(new Operation(operation.kind(), operation.session(), operation.path(),
                operation.key(), other)).statusCode();
        if (status != expected) {
            unexpected.add(operation + " (first answered " + first + ") reused for another request answered "
                    + status + ", not " + expected);
        }
    }

    /**
     * Sends the request until the answer is final (a key still in use, or a dropped connection, means again), and
     * returns that answer, or null when there was none (noted as unexpected).
     */
    private HttpResponse<String> untilFinal(Operation operation) throws InterruptedException {
        for (int attempt = 1; attempt <= 50; attempt++) {
            HttpResponse<String> response;
            try {
                response = operation.session().send(operation);
            } catch (IOException dropped) {
                unanswered.add(operation);
                Thread.sleep(100);
                continue;
            }
            int status = response.statusCode();
            if (status == 409 && response.body().contains("idempotency-key-in-use")) {
                Thread.sleep(100L * attempt);
                continue;
            }
            Set<Integer> successes = operation.kind().successes;
            if (!successes.contains(status) && !operation.kind().refusals.contains(status)) {
                unexpected.add(operation + " answered " + status + ": " + response.body());
                return null;
            }
            // Once a key has succeeded, every answer to it is that success. A refusal left the key unused, so the
            // same request may succeed later (its twin, sent once the customer had bought points).
            answers.merge(operation.key(), status, (earlier, now) -> {
                if (successes.contains(earlier) && !earlier.equals(now)) {
                    unexpected.add(operation + " answered " + earlier + ", then " + now);
                    return earlier;
                }
                return now;
            });
            if (operation.kind() == Kind.PURCHASE && status == 201) {
                licences.add(JsonPath.from(response.body()).getLong("id"));
            }
            return response;
        }
        unexpected.add(operation + " never got a final answer");
        return null;
    }

    private long succeeded(String kind, int status) {
        return answers.entrySet().stream()
                .filter(answer -> answer.getKey().startsWith(kind.toLowerCase().replace("_", "")))
                .filter(answer -> answer.getValue() == status)
                .count();
    }

    private static long grown(Map<String, Long> before, Map<String, Long> after, String kind) {
        return after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L);
    }

    private static Map<String, Long> entriesByKind(JsonPath audit) {
        Map<String, Object> counts = audit.getMap("entriesByKind");
        var result = new java.util.HashMap<String, Long>();
        counts.forEach((kind, count) -> result.put(kind, ((Number) count).longValue()));
        return result;
    }

    /** The customers, each with a registered player (buying needs one), signed in to the site once. */
    private static List<Session> signUpCustomers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Session>> made = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            made.add(pool.submit(() -> {
                String email = newCustomer();
                registerPlayer(email, NEW_CUSTOMER_PASSWORD, TestPlayer.newKeys());
                return Session.logIn(email, NEW_CUSTOMER_PASSWORD);
            }));
        }
        List<Session> customers = new ArrayList<>();
        for (Future<Session> customer : made) {
            customers.add(customer.get());
        }
        pool.shutdown();
        return customers;
    }

    /**
     * A person signed in on the site with the login form: the API then knows them by their session cookie, as the
     * site's own pages do, instead of checking a password (bcrypt) on every request.
     */
    private record Session(HttpClient http, CookieManager cookies) {

        static Session logIn(String email, String password) throws IOException, InterruptedException {
            var cookies = new CookieManager();
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            // The login form answers a protected page; posting it signs the session in.
            http.send(HttpRequest.newBuilder(URI.create(SITE + "/account/profile.xhtml")).build(),
                    HttpResponse.BodyHandlers.discarding());
            String form = "j_username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&j_password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(SITE + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(login.statusCode()).as("signing " + email + " in").isEqualTo(302);
            var session = new Session(http, cookies);
            assertThat(session.http.send(HttpRequest.newBuilder(URI.create(SITE + "/api/me")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            return session;
        }

        HttpResponse<String> send(Operation operation) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(SITE + operation.path()))
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", operation.key())
                    .POST(HttpRequest.BodyPublishers.ofString(operation.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /**
         * Sends the request on a socket of its own and resets the connection without reading the answer: once the
         * whole request is written (the server may well act on it), or halfway through the body (it must not).
         */
        void abort(Operation operation, boolean halfway) throws IOException {
            URI site = URI.create(SITE);
            byte[] body = operation.body().getBytes(StandardCharsets.UTF_8);
            String cookie = cookies.getCookieStore().get(site).stream()
                    .map(HttpCookie::toString).reduce((a, b) -> a + "; " + b).orElse("");
            String head = "POST " + operation.path() + " HTTP/1.1\r\nHost: " + site.getAuthority()
                    + "\r\nCookie: " + cookie + "\r\nContent-Type: application/json\r\nIdempotency-Key: "
                    + operation.key() + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            try (var socket = new Socket(site.getHost(), site.getPort())) {
                socket.setSoLinger(true, 0); // close with a reset, as a client that crashed or timed out would
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, halfway ? body.length / 2 : body.length);
                out.flush();
            }
        }
    }
}
