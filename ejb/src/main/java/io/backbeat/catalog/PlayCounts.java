package io.backbeat.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plays counted in memory ({@link PendingPlays}) and written to {@code work.plays} in one transaction every
 * {@code backbeat.plays.flush-seconds}, so a listener costs no transaction of its own. A flush that fails puts its
 * counts back for the next one (and says so in the log); stopping the application flushes what is left. Only a
 * killed JVM loses counts: at most one interval's.
 */
@Singleton
@Startup // its timer must run whether or not anything has called it
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

    @Inject
    PendingPlays pending;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, flushSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    /** Writes every count taken so far; the counts of a failed write wait for the next flush. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void flush() {
        Map<Long, Long> taken = pending.take();
        if (taken.isEmpty()) {
            return;
        }
        try {
            catalog.countPlays(taken);
        } catch (RuntimeException e) {
            pending.putBack(taken);
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
