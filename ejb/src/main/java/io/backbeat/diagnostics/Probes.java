package io.backbeat.diagnostics;

import io.backbeat.platform.Queues;
import jakarta.annotation.Resource;
import io.backbeat.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pipeline probes: the row and the message are written in one JTA transaction, the worker settles
 * the row, and a message that keeps failing is settled by the dead-letter listener. Administrators
 * send and read probes; the workers (which run unauthenticated) settle them.
 */
@Stateless
@PermitAll
public class Probes {

    public static final String KIND = "probe";

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = Queues.PROBES)
    Queue queue;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Role.ADMIN_NAME)
    public Probe send(ProbeMode mode) {
        var probe = new Probe(UUID.randomUUID(), mode, clock.instant());
        em.persist(probe);
        em.flush();
        jms.createProducer().setProperty(Queues.KIND, KIND).send(queue, probe.id().toString());
        if (mode == ProbeMode.ROLL_BACK) {
            throw new ProbeRolledBackException(probe.id());
        }
        return probe;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<Probe> find(UUID id) {
        return Optional.ofNullable(em.find(Probe.class, id));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<Probe> recent(int limit) {
        return em.createQuery("SELECT p FROM Probe p ORDER BY p.sentAt DESC", Probe.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Called by the worker for each delivery of a probe's message. */
    public void handle(UUID id) {
        Probe probe = em.find(Probe.class, id);
        if (probe == null) {
            throw new IllegalStateException("No probe " + id + ": its row must commit with its message");
        }
        if (probe.mode() == ProbeMode.DEAD_LETTER) {
            int attempt = context.getBusinessObject(Probes.class).recordAttempt(id);
            throw new ProbeFailedException(id, attempt);
        }
        probe.attempted();
        probe.settle(ProbeState.DELIVERED, clock.instant());
    }

    /** Survives the failing delivery's rollback, so the attempts the broker made can be counted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int recordAttempt(UUID id) {
        Probe probe = em.find(Probe.class, id);
        probe.attempted();
        return probe.attempts();
    }

    /** Called by the dead-letter listener once the broker has given up. */
    public void deadLettered(UUID id) {
        Optional.ofNullable(em.find(Probe.class, id)).ifPresent(probe -> probe.settle(ProbeState.DEAD_LETTERED, clock.instant()));
    }
}
