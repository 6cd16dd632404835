package io.backbeat.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plays counted in memory and written to {@code work.plays} in one transaction every
 * {@code backbeat.plays.flush-seconds}, so a listener costs no transaction of its own. A flush that fails puts its
 * counts back for the next one (and says so in the log); stopping the application flushes what is left. Only a
 * killed JVM loses counts: at most one interval's.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class PlayCounts {

    private static final Logger LOG = Logger.getLogger(PlayCounts.class.getName());

    @Inject
    @ConfigProperty(name = "backbeat.plays.flush-seconds", defaultValue = "5")
    int flushSeconds;

    @Resource
    TimerService timers;

    @EJB
    Catalog catalog;

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, flushSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    /** One more listener of this work; it reaches the database with the next flush. */
    public void count(long workId) {
        pending.computeIfAbsent(workId, id -> new LongAdder()).increment();
    }

    /** Writes every count taken so far; the counts of a failed write wait for the next flush. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void flush() {
        var taken = new TreeMap<Long, Long>();
        for (Long work : pending.keySet()) {
            // remove, then sum: a count arriving meanwhile lands in a new adder and waits for the next flush.
            LongAdder adder = pending.remove(work);
            if (adder != null && adder.sum() > 0) {
                taken.put(work, adder.sum());
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            catalog.countPlays(taken);
        } catch (RuntimeException e) {
            taken.forEach((work, plays) -> pending.computeIfAbsent(work, id -> new LongAdder()).add(plays));
            LOG.log(Level.WARNING, "Could not write the play counts of " + taken.size()
                    + " works; they are kept for the next flush", e);
        }
    }

    @PreDestroy
    void flushLeftovers() {
        flush();
        if (!pending.isEmpty()) {
            LOG.severe(() -> "Stopping with play counts not written: " + pending);
        }
    }
}
