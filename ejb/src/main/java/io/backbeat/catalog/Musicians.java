package io.backbeat.catalog;

import io.backbeat.account.Account;
import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.content.ContentStore;
import io.backbeat.content.ImageTypes;
import io.backbeat.content.TooLargeException;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Musician accounts: a customer opens one under an artist or band name and from then on may upload. The
 * account keeps its customer role; the musician role is added.
 */
@Stateless
@RolesAllowed({Role.CUSTOMER_NAME, Role.MUSICIAN_NAME})
public class Musicians {

    static final long MAX_PICTURE_BYTES = 5L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Validator validator;

    @Inject
    ContentStore store;

    private final Clock clock = Clock.systemUTC();

    public Artist open(String email, MusicianDetails details) {
        InvalidInputException.requireValid(validator, details);
        Account account = accounts.require(email);
        artistOf(email).ifPresent(existing -> {
            throw new AlreadyMusicianException(existing.name());
        });
        var artist = new Artist(details.name(), details.band(), blankToNull(details.genre()),
                blankToNull(details.bio()), account, clock.instant());
        em.persist(artist);
        account.grant(Role.MUSICIAN);
        return artist;
    }

    @PermitAll
    public Optional<Artist> artistOf(String email) {
        return em.createQuery("SELECT a FROM Artist a WHERE a.owner.email = :email", Artist.class)
                .setParameter("email", Account.normalise(email))
                .getResultStream().findFirst();
    }

    public Artist describe(String email, String bio, String genre) {
        Artist artist = requireArtist(email);
        InvalidInputException.requireValid(validator, new MusicianDetails(artist.name(), artist.band(), genre, bio));
        artist.describe(blankToNull(bio), blankToNull(genre));
        return artist;
    }

    /** Stores the picture (checked by its first bytes, not by what the browser claims) and shows it. */
    public Artist showPicture(String email, InputStream picture) {
        Artist artist = requireArtist(email);
        try (var in = new BufferedInputStream(picture)) {
            in.mark(ImageTypes.HEAD_BYTES);
            String type = ImageTypes.sniff(in.readNBytes(ImageTypes.HEAD_BYTES));
            in.reset();
            if (type == null) {
                throw new UnsupportedPictureException();
            }
            var content = store.put(in, MAX_PICTURE_BYTES);
            artist.showPicture(content.sha256(), type);
            return artist;
        } catch (TooLargeException tooLarge) {
            throw new UnsupportedPictureException();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Artist requireArtist(String email) {
        return artistOf(email).orElseThrow(() -> new IllegalStateException(email + " has no musician account"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
