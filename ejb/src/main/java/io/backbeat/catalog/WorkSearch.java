package io.backbeat.catalog;

import io.backbeat.api.Page;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.mapper.orm.Search;

/**
 * Catalogue search on Hibernate Search's Lucene index rather than SQL. The same index answers on H2 and
 * PostgreSQL alike, ranks by relevance, matches accents and word prefixes as people type, and counts and
 * sorts a million works in milliseconds; results are projected from the index, so a search never touches
 * the database. (Several nodes would point the same mapping at an Elasticsearch/OpenSearch backend.)
 */
class WorkSearch {

    private static final String[] TEXT_FIELDS = {"title", "artist.name", "album.title"};

    private final EntityManager em;

    WorkSearch(EntityManager em) {
        this.em = em;
    }

    Page<WorkSummary> run(SearchQuery query) {
        query.check();
        var result = Search.session(em).search(Work.class)
                .select(f -> f.composite().from(
                        f.id(Long.class), f.field("title", String.class), f.field("artist.id", Long.class),
                        f.field("artist.name", String.class), f.field("album.id", Long.class),
                        f.field("album.title", String.class), f.field("genre", String.class),
                        f.field("year", Integer.class), f.field("durationSeconds", Integer.class),
                        f.field("mediaType", MediaType.class), f.field("pricePoints", Integer.class),
                        f.field("explicit", Boolean.class), f.field("licensedForBusiness", Boolean.class))
                        .asList(WorkSearch::summary))
                .where(f -> predicate(f, query))
                .sort(f -> sort(f, query))
                .fetch(query.page() * query.size(), query.size());
        return new Page<>(result.hits(), query.page(), query.size(), result.total().hitCount());
    }

    /** Genres on sale with how many works each has, most first. */
    Map<String, Long> genres(int max) {
        var genres = org.hibernate.search.engine.search.aggregation.AggregationKey.<Map<String, Long>>of("genres");
        return Search.session(em).search(Work.class)
                .where(f -> f.match().field("state").matching(WorkState.AVAILABLE))
                .aggregation(genres, f -> f.terms().field("genre", String.class).maxTermCount(max))
                .fetch(0)
                .aggregation(genres);
    }

    private static BooleanPredicateClausesStep<?> predicate(SearchPredicateFactory f, SearchQuery query) {
        var all = f.bool().filter(f.match().field("state").matching(WorkState.AVAILABLE));
        words(query.text(), all, f, TEXT_FIELDS);
        words(query.artist(), all, f, "artist.name");
        words(query.title(), all, f, "title");
        words(query.album(), all, f, "album.title");
        if (!blank(query.genre())) {
            all.filter(f.match().field("genre_key").matching(query.genre().strip()));
        }
        if (query.year() != null) {
            all.filter(f.match().field("year").matching(query.year()));
        }
        return all;
    }

    /** Every word must appear in one of the fields; the last may match as a prefix ({@link #matchesAsPrefix}). */
    private static void words(String text, BooleanPredicateClausesStep<?> all, SearchPredicateFactory f,
                              String... fields) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (matchesAsPrefix(words, i)) {
                all.must(f.bool()
                        .should(f.match().fields(fields).matching(word))
                        .should(f.wildcard().fields(fields).matching(word + "*")));
            } else {
                all.must(f.match().fields(fields).matching(word));
            }
        }
    }

    /** The last word may be unfinished (search as you type), so it also matches as a prefix once it has two letters. */
    static boolean matchesAsPrefix(List<String> words, int index) {
        return index == words.size() - 1 && words.get(index).length() >= 2;
    }

    /**
     * Folds text as {@link SearchAnalysis#NAME} does; Lucene syntax in the input is just more letters. Accents
     * come off Latin letters only, as asciiFolding's do: "й", "ё", "ガ" or a Devanagari vowel sign stay part of
     * the word the index holds.
     */
    static List<String> words(String text) {
        if (blank(text)) {
            return List.of();
        }
        String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("(?<=\\p{IsLatin})\\p{M}+", "");
        String folded = Normalizer.normalize(unaccented, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{M}\\p{N}]+")).filter(word -> !word.isEmpty()).limit(10)
                .toList();
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchQuery query) {
        SortOrder order = query.descending() ? SortOrder.DESC : SortOrder.ASC;
        return switch (query.order()) {
            case RELEVANCE -> f.composite(c -> c.add(f.score()).add(f.field("title_sort")));
            case TITLE -> f.field("title_sort").order(order);
            case ARTIST -> f.composite(c -> c.add(f.field("artist.name_sort").order(order))
                    .add(f.field("title_sort")));
            case YEAR -> f.composite(c -> c.add(f.field("year").order(order).missing().last())
                    .add(f.field("title_sort")));
            case NEWEST -> f.field("availableAt").desc();
            case PRICE -> f.composite(c -> c.add(f.field("pricePoints").order(order)).add(f.field("title_sort")));
        };
    }

    private static WorkSummary summary(List<?> v) {
        return new WorkSummary((Long) v.get(0), (String) v.get(1), (Long) v.get(2), (String) v.get(3),
                (Long) v.get(4), (String) v.get(5), (String) v.get(6), (Integer) v.get(7), (Integer) v.get(8),
                ((MediaType) v.get(9)).name(), (Integer) v.get(10), (Boolean) v.get(11), (Boolean) v.get(12));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
