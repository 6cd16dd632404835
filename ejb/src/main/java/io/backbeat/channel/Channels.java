package io.backbeat.channel;

import io.backbeat.account.Role;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Public channels: administrators make and remove them; anyone lists them and listens. */
@Stateless
@PermitAll
public class Channels {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    private final Clock clock = Clock.systemUTC();

    /**
     * Makes a channel. Refused: a bad slug or a missing field (400), a genre with nothing licensed to play (400),
     * a slug already taken (409).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public ChannelInfo create(ChannelDetails details) {
        InvalidInputException.requireValid(validator, details);
        String genre = details.genre().strip();
        if (playable(genre).isEmpty()) {
            throw new NothingToPlayException(genre);
        }
        String slug = details.slug();
        if (find(slug) != null) {
            throw new ChannelTakenException(slug);
        }
        var channel = new Channel(slug, details.title().strip(), genre, details.kind(), clock.instant());
        em.persist(channel);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Two administrators made the same channel at the same moment: the unique constraint decides.
            throw new ChannelTakenException(slug);
        }
        return channel.info();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(String slug) {
        Channel channel = find(slug);
        if (channel == null) {
            throw new NoSuchChannelException(slug);
        }
        em.remove(channel);
    }

    public List<ChannelInfo> all() {
        return em.createQuery("SELECT c FROM Channel c ORDER BY c.title, c.slug", Channel.class).getResultStream()
                .map(Channel::info).toList();
    }

    public ChannelInfo channel(String slug) {
        Channel channel = find(slug);
        if (channel == null) {
            throw new NoSuchChannelException(slug);
        }
        return channel.info();
    }

    /** What a channel of this genre may play: works on sale and licensed for businesses (genre in any case). */
    public List<Candidate> playable(String genre) {
        return em.createQuery("SELECT new io.backbeat.channel.Candidate(w.id, w.artist.id) FROM Work w"
                        + " WHERE w.state = io.backbeat.catalog.WorkState.AVAILABLE AND w.licensedForBusiness = TRUE"
                        + " AND LOWER(w.genre) = :genre ORDER BY w.id", Candidate.class)
                .setParameter("genre", genre.toLowerCase(Locale.ROOT)).getResultList();
    }

    private Channel find(String slug) {
        return em.createQuery("SELECT c FROM Channel c WHERE c.slug = :slug", Channel.class)
                .setParameter("slug", slug).getResultStream().findFirst().orElse(null);
    }
}
