package io.backbeat.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    private static final String TOO_LONG = "a".repeat(SearchQuery.MAX_TEXT + 1);

    @Test
    void withoutAnOrderResultsAreRankedByRelevance() {
        var query = new SearchQuery("nordlys", null, null, null, null, null, null, false, 0, 20);

        assertThat(query.order()).isEqualTo(SearchQuery.Order.RELEVANCE);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void aPageHoldsOneToAHundredWorks(int size) {
        assertThatCode(() -> SearchQuery.forText("nordlys", 0, size).check()).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void anyOtherPageSizeIsRefusedNamingSize(int size) {
        assertRefused(SearchQuery.forText("nordlys", 0, size), "size");
    }

    @Test
    void aNegativePageIsRefusedNamingPage() {
        assertRefused(SearchQuery.forText("nordlys", -1, 20), "page");
    }

    @Test
    void theLastPageStartingWithinTheFirstTenThousandResultsIsAllowed() {
        assertThatCode(() -> SearchQuery.forText("nordlys", 99, 100).check()).doesNotThrowAnyException();
        assertThatCode(() -> SearchQuery.forText("nordlys", 9_999, 1).check()).doesNotThrowAnyException();
    }

    @Test
    void aPageStartingAtTheTenThousandthResultOrLaterIsRefusedNamingPage() {
        assertRefused(SearchQuery.forText("nordlys", 100, 100), "page");
        assertRefused(SearchQuery.forText("nordlys", 10_000, 1), "page");
    }

    @Test
    void aHugePageNumberIsRefusedRatherThanOverflowing() {
        // page * size overflows an int; the check must still see a depth far past the limit.
        assertRefused(SearchQuery.forText("nordlys", Integer.MAX_VALUE, 100), "page");
    }

    @Test
    void twoHundredCharactersOfTextAreAllowed() {
        String longest = "a".repeat(SearchQuery.MAX_TEXT);

        assertThatCode(() -> new SearchQuery(longest, longest, longest, longest, longest, null, null, false, 0, 20)
                .check()).doesNotThrowAnyException();
    }

    @Test
    void tooLongFreeTextIsRefusedNamingText() {
        assertRefused(SearchQuery.forText(TOO_LONG, 0, 20), "text");
    }

    @Test
    void aTooLongFilterIsRefusedNamingThatFilter() {
        assertRefused(new SearchQuery(null, TOO_LONG, null, null, null, null, null, false, 0, 20), "artist");
        assertRefused(new SearchQuery(null, null, TOO_LONG, null, null, null, null, false, 0, 20), "title");
        assertRefused(new SearchQuery(null, null, null, TOO_LONG, null, null, null, false, 0, 20), "album");
        assertRefused(new SearchQuery(null, null, null, null, TOO_LONG, null, null, false, 0, 20), "genre");
    }

    @Test
    void theRefusalSaysWhatIsAllowed() {
        assertThatThrownBy(() -> SearchQuery.forText("nordlys", 0, 101).check())
                .hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> SearchQuery.forText("nordlys", 100, 100).check())
                .hasMessageContaining("first 10000 results");
        assertThatThrownBy(() -> SearchQuery.forText(TOO_LONG, 0, 20).check())
                .hasMessageContaining("at most 200 characters");
    }

    private static void assertRefused(SearchQuery query, String parameter) {
        assertThatThrownBy(query::check)
                .isInstanceOfSatisfying(InvalidSearchException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("invalid-search");
                    assertThat(refusal.details()).containsEntry("parameter", parameter);
                });
    }
}
