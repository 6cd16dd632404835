package io.backbeat.delivery;

import io.backbeat.catalog.Catalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link Catalog#preview} on the stream's hot path, remembered for {@code backbeat.preview.lookup-seconds}, so a
 * thousand listeners a second do not each cost a query. A work on sale stays on sale and its preview never changes,
 * so only a refusal could go stale: refusals are never remembered, and a work put on sale streams at once.
 */
@ApplicationScoped
public class PreviewLookups {

    private static final int MOST_REMEMBERED = 10_000;

    @EJB
    Catalog catalog;

    @Inject
    @ConfigProperty(name = "backbeat.preview.lookup-seconds", defaultValue = "10")
    int seconds;

    private record Known(Catalog.Content preview, long until) {
    }

    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    /** The work's preview if it was looked up lately, else null; never blocks. */
    public Catalog.Content known(long work) {
        Known hit = known.get(work);
        return hit != null && System.nanoTime() - hit.until() < 0 ? hit.preview() : null;
    }

    /**
     * The work's preview, or {@link io.backbeat.catalog.NotInCatalogException} as {@link Catalog#preview} says;
     * a query unless it is {@link #known}, so never on an I/O thread.
     */
    public Catalog.Content preview(long work) {
        Catalog.Content hit = known(work);
        if (hit != null) {
            return hit;
        }
        long now = System.nanoTime();
        Catalog.Content preview = catalog.preview(work);
        if (known.size() >= MOST_REMEMBERED) {
            known.clear();
        }
        known.put(work, new Known(preview, now + TimeUnit.SECONDS.toNanos(seconds)));
        return preview;
    }
}
