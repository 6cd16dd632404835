package io.backbeat.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Listens counted in memory until {@link PlayCounts} writes them. A plain CDI bean, not an EJB: counting a listen
 * is one increment, where an EJB call would wrap it in a transaction and a security check (a quarter of a preview
 * request's Java time, measured by bench/preview).
 */
@ApplicationScoped
public class PendingPlays {

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

    /** One more listener of this work; it reaches the database with the next flush. */
    public void count(long workId) {
        pending.computeIfAbsent(workId, id -> new LongAdder()).increment();
    }

    /** Every count taken so far, by work, and no longer pending. */
    Map<Long, Long> take() {
        var taken = new TreeMap<Long, Long>();
        for (Long work : pending.keySet()) {
            // remove, then sum: a count arriving meanwhile lands in a new adder and waits for the next flush.
            LongAdder adder = pending.remove(work);
            if (adder != null && adder.sum() > 0) {
                taken.put(work, adder.sum());
            }
        }
        return taken;
    }

    /** Counts that could not be written, pending again. */
    void putBack(Map<Long, Long> counts) {
        counts.forEach((work, plays) -> pending.computeIfAbsent(work, id -> new LongAdder()).add(plays));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    @Override
    public String toString() {
        return pending.toString();
    }
}
