package io.backbeat.channel;

import io.backbeat.upload.DemoCatalogue;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A newcomer's store has a channel to listen to: on the first start, while the demo catalogue is being seeded, the
 * demo channel "Lobby Jazz" (random demo jazz, all of it licensed for businesses). It plays as soon as the demo
 * works are on sale. Off with backbeat.demo=false; a store that deletes it does not get it back.
 */
@Startup
@Singleton
@DependsOn("DemoAccounts")
@PermitAll
public class DemoChannel {

    public static final String SLUG = "lobby-jazz";

    @EJB
    DemoCatalogue catalogue;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "backbeat.demo", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void start() {
        // Not through Channels.create: the demo's jazz is not on sale yet, the catalogue is seeded in the background.
        if (enabled && catalogue.unfinished()
                && em.createQuery("SELECT COUNT(c) FROM Channel c", Long.class).getSingleResult() == 0) {
            em.persist(new Channel(SLUG, "Lobby Jazz", "Jazz", ChannelKind.RANDOM_GENRE, Instant.now()));
        }
    }
}
