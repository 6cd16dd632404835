package io.backbeat.business;

import io.backbeat.catalog.WorkState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue as zones see it: the works a schedule's programmes may draw from (on sale and licensed for business
 * use, narrowed in the database by a rotation's genres and artists, filtered again by the simulator) and titles.
 */
@Stateless
@PermitAll
public class ZoneWorks {

    private static final String CANDIDATE = "SELECT w.id, w.artist.id, w.genre, w.explicit, w.durationSeconds,"
            + " w.licensedForBusiness, w.availableAt FROM Work w WHERE w.state = :available"
            + " AND w.licensedForBusiness = TRUE";

    /** How a play is named to people. */
    public record Title(String title, String artist) {
    }

    @PersistenceContext
    EntityManager em;

    public List<Candidate> candidates(Collection<ProgrammeRules> programmes) {
        var candidates = new HashMap<Long, Candidate>();
        for (ProgrammeRules rules : programmes) {
            var where = new StringBuilder(CANDIDATE);
            var parameters = new HashMap<String, Object>(Map.of("available", WorkState.AVAILABLE));
            if (rules instanceof ProgrammeRules.Fixed fixed) {
                where.append(" AND w.id IN :works");
                parameters.put("works", Set.copyOf(fixed.works()));
            } else {
                var rotation = (ProgrammeRules.Rotation) rules;
                if (!rotation.genres().isEmpty()) {
                    where.append(" AND LOWER(w.genre) IN :genres");
                    parameters.put("genres", rotation.genres().stream().map(genre -> genre.toLowerCase(Locale.ROOT))
                            .toList());
                }
                if (!rotation.includeArtists().isEmpty()) {
                    where.append(" AND w.artist.id IN :artists");
                    parameters.put("artists", rotation.includeArtists());
                }
            }
            var query = em.createQuery(where.toString(), Object[].class);
            parameters.forEach(query::setParameter);
            query.getResultStream().forEach(row -> candidates.computeIfAbsent((Long) row[0], id -> new Candidate(id,
                    (Long) row[1], (String) row[2], (Boolean) row[3], (Integer) row[4], (Boolean) row[5],
                    row[6] == null ? Instant.EPOCH : (Instant) row[6])));
        }
        return List.copyOf(candidates.values());
    }

    /** Each work's title and artist's name, by work id. */
    public Map<Long, Title> titles(Set<Long> works) {
        var titles = new HashMap<Long, Title>();
        if (!works.isEmpty()) {
            em.createQuery("SELECT w.id, w.title, w.artist.name FROM Work w WHERE w.id IN :works", Object[].class)
                    .setParameter("works", works).getResultStream()
                    .forEach(row -> titles.put((Long) row[0], new Title((String) row[1], (String) row[2])));
        }
        return titles;
    }
}
