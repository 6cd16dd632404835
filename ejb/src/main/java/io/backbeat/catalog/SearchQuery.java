package io.backbeat.catalog;

/**
 * What a customer asks the catalogue: free text over artist, title and album, optional filters, an order and
 * a page. Blank strings mean "no filter".
 */
public record SearchQuery(String text, String artist, String title, String album, String genre, Integer year,
                          Order order, boolean descending, int page, int size) {

    public enum Order { RELEVANCE, TITLE, ARTIST, YEAR, NEWEST, PRICE }

    public static final int MAX_SIZE = 100;
    /** Deeper than this nobody pages by hand; refusing keeps every search cheap. */
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_TEXT = 200;

    public SearchQuery {
        order = order == null ? Order.RELEVANCE : order;
    }

    public static SearchQuery forText(String text, int page, int size) {
        return new SearchQuery(text, null, null, null, null, null, Order.RELEVANCE, false, page, size);
    }

    void check() {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchException("size", "A page holds 1 to " + MAX_SIZE + " works, not " + size + ".");
        }
        if (page < 0 || (long) page * size >= MAX_DEPTH) {
            throw new InvalidSearchException("page", "Pages start at 0 and search shows the first " + MAX_DEPTH
                    + " results; narrow the search to go further.");
        }
        requireShort("text", text);
        requireShort("artist", artist);
        requireShort("title", title);
        requireShort("album", album);
        requireShort("genre", genre);
    }

    /** Names the field that is too long, so a client knows which one to shorten. */
    private static void requireShort(String parameter, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new InvalidSearchException(parameter, "Search terms are at most " + MAX_TEXT + " characters.");
        }
    }
}
