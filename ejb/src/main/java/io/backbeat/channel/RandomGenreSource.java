package io.backbeat.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * A random-genre channel's choice: any work of the pool (on sale, licensed for businesses, of the genre), never
 * the one just played unless it is the only one, and by another artist than the last whenever the pool has one.
 * The pool is read again for every choice, so works put on sale join at once.
 */
public final class RandomGenreSource implements TrackSource {

    private final Supplier<List<Candidate>> pool;
    private final RandomGenerator random;
    private Candidate last;

    public RandomGenreSource(Supplier<List<Candidate>> pool, RandomGenerator random) {
        this.pool = pool;
        this.random = random;
    }

    @Override
    public synchronized Optional<Cue> next(Instant at) {
        List<Candidate> candidates = pool.get();
        List<Candidate> fresh = candidates.stream().filter(c -> last == null || c.work() != last.work()).toList();
        List<Candidate> otherArtists = fresh.stream().filter(c -> last == null || c.artist() != last.artist())
                .toList();
        List<Candidate> choice = !otherArtists.isEmpty() ? otherArtists : !fresh.isEmpty() ? fresh : candidates;
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        last = choice.get(random.nextInt(choice.size()));
        return Optional.of(new Cue(last.work()));
    }
}
