package io.backbeat.catalog;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How names are cut into searchable words. People type "beyonce" for "Beyoncé" and "AC DC" for "AC/DC", so
 * names are split on punctuation, lower-cased and stripped of accents, with no stemming (names are not
 * prose). {@link WorkSearch} folds what the user typed the same way.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String NAME = "name";
    public static final String SORT = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(NAME).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
