package io.backbeat.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many new previews one address may start: a token bucket of {@code backbeat.preview.rate-limit.per-minute}
 * tokens, refilled evenly over the minute. A request without a Range, or the first one for a work, starts a
 * listen and takes a token. A Range request for a work this address started within
 * {@code backbeat.preview.rate-limit.listen-minutes} continues that listen (a seek, a resume, an audio element's
 * next part) and is free, up to {@code backbeat.preview.rate-limit.ranges-per-listen} of them; the next one starts a
 * new listen. So players that seek are not punished, and no address gets unbounded requests either.
 */
@ApplicationScoped
public class PreviewLimit {

    @Inject
    @ConfigProperty(name = "backbeat.preview.rate-limit.per-minute", defaultValue = "60")
    int perMinute;

    @Inject
    @ConfigProperty(name = "backbeat.preview.rate-limit.listen-minutes", defaultValue = "10")
    int listenMinutes;

    @Inject
    @ConfigProperty(name = "backbeat.preview.rate-limit.ranges-per-listen", defaultValue = "64")
    int rangesPerListen;

    private final Map<String, Visitor> visitors = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong(System.nanoTime());

    /** A limit of nothing would refuse every preview: such a setting is refused when the limiter starts. */
    @PostConstruct
    void check() {
        if (perMinute < 1 || listenMinutes < 0 || rangesPerListen < 0) {
            throw new IllegalStateException("backbeat.preview.rate-limit.per-minute must be at least 1 (is "
                    + perMinute + "), .listen-minutes and .ranges-per-listen at least 0 (are " + listenMinutes
                    + ", " + rangesPerListen + ")");
        }
    }

    /**
     * Zero when this request may go on (and is accounted for); else how many seconds until this address may start
     * another listen.
     */
    public long admit(String address, long work, boolean range) {
        long now = System.nanoTime();
        sweep(now);
        return visitors.computeIfAbsent(address, a -> new Visitor(perMinute, now)).admit(work, range, now);
    }

    public int perMinute() {
        return perMinute;
    }

    /** Once a minute, forgets addresses that have a full bucket and no listen left open. */
    private void sweep(long now) {
        long due = nextSweep.get();
        if (now - due < 0 || !nextSweep.compareAndSet(due, now + TimeUnit.MINUTES.toNanos(1))) {
            return;
        }
        visitors.values().removeIf(visitor -> visitor.idle(now));
    }

    private final class Visitor {

        private double tokens;
        private long refilledAt;
        private final Map<Long, Listen> listens = new HashMap<>();

        Visitor(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized long admit(long work, boolean range, long now) {
            refill(now);
            listens.values().removeIf(listen -> listen.over(now));
            Listen listen = listens.get(work);
            if (range && listen != null && listen.rangesLeft > 0) {
                listen.rangesLeft--;
                return 0;
            }
            if (tokens < 1) {
                double nanosPerToken = TimeUnit.MINUTES.toNanos(1) / (double) perMinute;
                return Math.max(1, (long) Math.ceil((1 - tokens) * nanosPerToken / 1e9));
            }
            tokens--;
            listens.put(work, new Listen(now));
            return 0;
        }

        synchronized boolean idle(long now) {
            refill(now);
            listens.values().removeIf(listen -> listen.over(now));
            return listens.isEmpty() && tokens >= perMinute;
        }

        private void refill(long now) {
            double perNano = perMinute / (double) TimeUnit.MINUTES.toNanos(1);
            tokens = Math.min(perMinute, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }
    }

    private final class Listen {

        private final long startedAt;
        private int rangesLeft = rangesPerListen;

        Listen(long startedAt) {
            this.startedAt = startedAt;
        }

        boolean over(long now) {
            return now - startedAt > TimeUnit.MINUTES.toNanos(listenMinutes);
        }
    }
}
