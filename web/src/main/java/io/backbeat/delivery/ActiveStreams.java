package io.backbeat.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** How many streams are being sent at this moment, by kind: {@code backbeat_streams_active{kind}} on /metrics. */
@ApplicationScoped
public class ActiveStreams {

    /** One stream being sent; closing it (try-with-resources) counts it out, however the sending ended. */
    public interface Stream extends AutoCloseable {
        @Override
        void close();
    }

    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicInteger> byKind = new ConcurrentHashMap<>();
    private final List<Gauge> gauges = new CopyOnWriteArrayList<>();

    public Stream open(String kind) {
        AtomicInteger active = byKind.computeIfAbsent(kind, k -> {
            var count = new AtomicInteger();
            // Held strongly: with the default weak reference, /metrics showed NaN for this gauge.
            gauges.add(Gauge.builder("backbeat.streams.active", count, AtomicInteger::get).tags(Tags.of("kind", k))
                    .strongReference(true).register(registry));
            return count;
        });
        active.incrementAndGet();
        return active::decrementAndGet;
    }

    /**
     * The registry is the server's and outlives this deployment: a gauge left behind would keep reading the old
     * deployment's counter, and the next deployment's registration would get that gauge back instead of its own.
     */
    @PreDestroy
    void unregister() {
        gauges.forEach(registry::remove);
    }
}
