package io.backbeat.catalog;

import io.backbeat.api.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * What customers may see of the catalogue: works on sale, their artists and albums. Anyone may browse, so
 * the bean is open; works that are not AVAILABLE do not exist as far as this boundary is concerned.
 */
@Stateless
@PermitAll
public class Catalog {

    private static final String SUMMARY = "SELECT new io.backbeat.catalog.WorkSummary(w.id, w.title, ar.id, ar.name,"
            + " al.id, al.title, w.genre, w.year, w.durationSeconds, CAST(w.mediaType AS String), w.pricePoints,"
            + " w.explicit, w.licensedForBusiness) FROM Work w JOIN w.artist ar LEFT JOIN w.album al"
            + " WHERE w.state = io.backbeat.catalog.WorkState.AVAILABLE";

    @PersistenceContext
    EntityManager em;

    public Page<WorkSummary> search(SearchQuery query) {
        return new WorkSearch(em).run(query);
    }

    public Map<String, Long> genres() {
        return new WorkSearch(em).genres(200);
    }

    public WorkSummary work(long id) {
        return em.createQuery(SUMMARY + " AND w.id = :id", WorkSummary.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotInCatalogException("work", id));
    }

    public List<WorkSummary> newest(int max) {
        return em.createQuery(SUMMARY + " ORDER BY w.availableAt DESC, w.id DESC", WorkSummary.class)
                .setMaxResults(max).getResultList();
    }

    public List<WorkSummary> popular(int max) {
        return em.createQuery(SUMMARY + " ORDER BY w.plays DESC, w.id DESC", WorkSummary.class)
                .setMaxResults(max).getResultList();
    }

    public ArtistDetail artist(long id) {
        Artist artist = em.find(Artist.class, id);
        ArtistSummary summary = artist == null ? null : artistSummaries("a.id = :id", Map.of("id", id), 0, 1)
                .stream().findFirst().orElse(null);
        if (summary == null) {
            throw new NotInCatalogException("artist", id);
        }
        var albums = em.createQuery("SELECT new io.backbeat.catalog.AlbumSummary(al.id, al.title, ar.id, ar.name,"
                        + " al.year, COUNT(w)) FROM Work w JOIN w.album al JOIN al.artist ar WHERE ar.id = :id"
                        + " AND w.state = io.backbeat.catalog.WorkState.AVAILABLE"
                        + " GROUP BY al.id, al.title, ar.id, ar.name, al.year ORDER BY al.year DESC, al.title",
                        AlbumSummary.class)
                .setParameter("id", id).getResultList();
        var singles = em.createQuery(SUMMARY + " AND ar.id = :id AND al.id IS NULL ORDER BY w.title",
                        WorkSummary.class)
                .setParameter("id", id).setMaxResults(200).getResultList();
        return new ArtistDetail(summary, artist.bio(), artist.pictureContent() != null, albums, singles);
    }

    public AlbumDetail album(long id) {
        var works = em.createQuery(SUMMARY + " AND al.id = :id ORDER BY w.trackNumber, w.title", WorkSummary.class)
                .setParameter("id", id).getResultList();
        if (works.isEmpty()) {
            throw new NotInCatalogException("album", id);
        }
        WorkSummary first = works.get(0);
        Album album = em.find(Album.class, id);
        return new AlbumDetail(new AlbumSummary(id, album.title(), first.artistId(), first.artist(), album.year(),
                works.size()), works);
    }

    /** The A–Z listing: artists whose name starts with the letter ('#' for digits and signs). */
    public Page<ArtistSummary> artistsByInitial(String letter, int page, int size) {
        String initial = Artist.initialOf(letter == null ? "" : letter);
        return artistPage("a.initial = :initial", Map.of("initial", initial), page, size);
    }

    public Page<ArtistSummary> artistsByGenre(String genre, int page, int size) {
        return artistPage("a.genre = :genre", Map.of("genre", genre == null ? "" : genre.strip()), page, size);
    }

    /** A stored file to show or play: its content id and media type. */
    public record Content(String id, String mediaType) {
    }

    public Content picture(long artistId) {
        return em.createQuery("SELECT new io.backbeat.catalog.Catalog$Content(a.pictureContent, a.pictureType)"
                        + " FROM Artist a WHERE a.id = :id AND a.pictureContent IS NOT NULL", Content.class)
                .setParameter("id", artistId).getResultStream().findFirst()
                .orElseThrow(() -> new NotInCatalogException("picture", artistId));
    }

    /** The cover art a work on sale carried in its tags. */
    public Content cover(long workId) {
        return availableContent("w.coverContent, w.coverType", "w.coverContent", workId, "cover");
    }

    /** The waveform picture of a work on sale. */
    public Content waveform(long workId) {
        return availableContent("w.waveformContent, 'image/png'", "w.waveformContent", workId, "waveform");
    }

    private Content availableContent(String select, String present, long workId, String what) {
        return em.createQuery("SELECT new io.backbeat.catalog.Catalog$Content(" + select + ") FROM Work w"
                        + " WHERE w.id = :id AND w.state = io.backbeat.catalog.WorkState.AVAILABLE AND " + present
                        + " IS NOT NULL", Content.class)
                .setParameter("id", workId).getResultStream().findFirst()
                .orElseThrow(() -> new NotInCatalogException(what, workId));
    }

    /** The low-quality preview of a work on sale: what anyone may hear. Asked on every request and seek. */
    public Content preview(long workId) {
        return availableContent("w.previewContent, 'audio/mpeg'", "w.previewContent", workId, "work");
    }

    /**
     * More listeners, by work ({@link PlayCounts} gathers them): what "popular" is ranked by. Bulk updates, so they
     * never touch the search index; in ascending id order, so two flushes never wait on each other's rows.
     */
    public void countPlays(Map<Long, Long> playsByWork) {
        var update = em.createQuery("UPDATE Work w SET w.plays = w.plays + :plays WHERE w.id = :id");
        new java.util.TreeMap<>(playsByWork).forEach((work, plays) -> update.setParameter("id", work)
                .setParameter("plays", plays).executeUpdate());
    }

    private Page<ArtistSummary> artistPage(String where, Map<String, Object> parameters, int page, int size) {
        if (size < 1 || size > SearchQuery.MAX_SIZE || page < 0) {
            throw new InvalidSearchException("size", "Pages start at 0 and hold 1 to " + SearchQuery.MAX_SIZE
                    + " artists.");
        }
        var count = em.createQuery("SELECT COUNT(a) FROM Artist a WHERE " + where + " AND EXISTS (SELECT 1 FROM Work w"
                + " WHERE w.artist = a AND w.state = io.backbeat.catalog.WorkState.AVAILABLE)", Long.class);
        parameters.forEach(count::setParameter);
        return new Page<>(artistSummaries(where, parameters, page, size), page, size, count.getSingleResult());
    }

    private List<ArtistSummary> artistSummaries(String where, Map<String, Object> parameters, int page, int size) {
        var query = em.createQuery("SELECT new io.backbeat.catalog.ArtistSummary(a.id, a.name, a.band, a.genre,"
                + " COUNT(w)) FROM Work w JOIN w.artist a WHERE " + where
                + " AND w.state = io.backbeat.catalog.WorkState.AVAILABLE"
                + " GROUP BY a.id, a.name, a.band, a.genre ORDER BY a.name", ArtistSummary.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}
