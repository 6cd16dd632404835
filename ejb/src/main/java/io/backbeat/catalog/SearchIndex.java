package io.backbeat.catalog;

import io.backbeat.account.Role;
import io.backbeat.platform.Warmups;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.Readiness;
import org.hibernate.search.mapper.orm.Search;

/**
 * The search index is derived from the database and can always be rebuilt from it: at start when it is missing
 * or disagrees with the database (a restored backup, a deleted folder), and on an administrator's request.
 * A rebuild at start runs in the background, with readiness DOWN until it is done, so a large catalogue does not
 * hold up deployment.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final String WARMUP = "search-index";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    @Readiness // the qualifier Warmups carries as a readiness check
    Warmups warmups;

    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public record Status(long worksOnSale, long indexed) {
    }

    public record Rebuilt(long milliseconds, Status status) {
    }

    @PostConstruct
    void checkAtStart() {
        Status status = status();
        if (status.worksOnSale() != status.indexed()) {
            LOG.warning(() -> "The search index holds " + status.indexed() + " works on sale, the database "
                    + status.worksOnSale() + ": rebuilding it in the background");
            warmups.started(WARMUP, "rebuilding from " + status.worksOnSale() + " works on sale");
            context.getBusinessObject(SearchIndex.class).rebuildInBackground();
        }
    }

    /** The rebuild at start; nobody is logged in then, so it cannot ask for the administrator's role. */
    @Asynchronous
    @PermitAll
    public void rebuildInBackground() {
        try {
            rebuild();
        } catch (RebuildRunningException alreadyRunning) {
            LOG.info("An administrator's rebuild of the search index is already running");
        }
    }

    @PermitAll
    public Status status() {
        long onSale = em.createQuery("SELECT COUNT(w) FROM Work w WHERE w.state = io.backbeat.catalog.WorkState"
                + ".AVAILABLE", Long.class).getSingleResult();
        long indexed = Search.session(em).search(Work.class)
                .where(f -> f.match().field("state").matching(WorkState.AVAILABLE))
                .fetchTotalHitCount();
        return new Status(onSale, indexed);
    }

    /** Empties the index and re-reads every work into it; until it is done, searches see only part of the catalogue. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Rebuilt rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new RebuildRunningException();
        }
        long start = System.nanoTime();
        try {
            Search.session(em).massIndexer(Work.class)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        } finally {
            rebuilding.set(false);
            warmups.finished(WARMUP);
        }
        var rebuilt = new Rebuilt(Duration.ofNanos(System.nanoTime() - start).toMillis(), status());
        LOG.info(() -> "Search index rebuilt in " + rebuilt.milliseconds() + " ms: " + rebuilt.status());
        return rebuilt;
    }
}
