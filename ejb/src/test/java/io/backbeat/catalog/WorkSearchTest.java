package io.backbeat.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a customer types, cut into the words the index is searched for; no index needed. */
class WorkSearchTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "/ - !"})
    void nothingToSearchForGivesNoWords(String text) {
        assertThat(WorkSearch.words(text)).isEmpty();
    }

    @Test
    void wordsAreLowerCasedAndLoseTheirAccents() {
        assertThat(WorkSearch.words("Beyoncé  MOTÖRHEAD Dvořák")).containsExactly("beyonce", "motorhead", "dvorak");
    }

    @Test
    void punctuationSplitsWords() {
        assertThat(WorkSearch.words("AC/DC")).containsExactly("ac", "dc");
        assertThat(WorkSearch.words("Guns N' Roses")).containsExactly("guns", "n", "roses");
    }

    @Test
    void digitsAreWords() {
        assertThat(WorkSearch.words("Blink-182 1999")).containsExactly("blink", "182", "1999");
    }

    @Test
    void luceneSyntaxIsJustMoreLetters() {
        assertThat(WorkSearch.words("title:night* OR \"aurora\"~2 -(x)"))
                .containsExactly("title", "night", "or", "aurora", "2", "x");
    }

    @Test
    void atMostTenWordsAreSearchedFor() {
        assertThat(WorkSearch.words("a b c d e f g h i j k l"))
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    }

    @Test
    void lettersOutsideLatinKeepTheirMarks() {
        assertThat(WorkSearch.words("Йога")).containsExactly("йога");
        assertThat(WorkSearch.words("Ёлка")).containsExactly("ёлка");
        assertThat(WorkSearch.words("ガンダム")).containsExactly("ガンダム");
        assertThat(WorkSearch.words("हिंदी गाना")).containsExactly("हिंदी", "गाना");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Beyoncé", "AC/DC", "Motörhead", "Sigur Rós", "Dvořák", "Йога", "Ёлка", "ガンダム",
            "हिंदी", "Μίκης Θεοδωράκης", "Straße", "Øystein Łódź"})
    void typedWordsAreWordsTheIndexHolds(String name) throws IOException {
        // The match predicate analyses each word again, so what counts is what the analyser makes of it.
        try (Analyzer index = nameAnalyzer()) {
            List<String> searched = new ArrayList<>();
            for (String word : WorkSearch.words(name)) {
                searched.addAll(tokens(index, word));
            }

            assertThat(searched).isEqualTo(tokens(index, name));
        }
    }

    @Test
    void theLastWordMatchesAsAPrefixOnceItHasTwoLetters() {
        List<String> words = WorkSearch.words("sigur ro");

        assertThat(WorkSearch.matchesAsPrefix(words, 0)).isFalse();
        assertThat(WorkSearch.matchesAsPrefix(words, 1)).isTrue();
    }

    @Test
    void aSingleLetterIsNoPrefix() {
        List<String> words = WorkSearch.words("sigur r");

        assertThat(WorkSearch.matchesAsPrefix(words, 1)).isFalse();
    }

    @Test
    void aLoneWordIsAPrefix() {
        assertThat(WorkSearch.matchesAsPrefix(WorkSearch.words("Beyon"), 0)).isTrue();
    }

    /** Built as {@link SearchAnalysis} builds {@link SearchAnalysis#NAME}. */
    private static Analyzer nameAnalyzer() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .build();
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (var stream = analyzer.tokenStream("name", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
