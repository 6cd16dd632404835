package io.backbeat.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Live streams whose listeners lose the right to hear them when a transaction commits, such as a zone's stream once
 * the zone is deleted, moved to another player, or its player revoked. The EJB layer that makes the change names the
 * stream; the web layer that serves streams ends it, after the commit and never for a change rolled back. The two
 * meet here, in the EAR's library, because the EJB module cannot see the web module.
 */
@ApplicationScoped
public class StreamEnds {

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private final List<Consumer<String>> enders = new CopyOnWriteArrayList<>();

    /** Called by what serves streams: {@code ender} ends every listener of the named stream. */
    public void serve(Consumer<String> ender) {
        enders.add(ender);
    }

    /** Ends the named stream for all its listeners once the caller's transaction commits. */
    public void endOnCommit(String stream) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do until the change is final.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    enders.forEach(ender -> ender.accept(stream));
                }
            }
        });
    }
}
