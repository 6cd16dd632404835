package io.backbeat.catalog;

import io.backbeat.api.Page;
import io.backbeat.site.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The search page: filters above a lazily loaded, sortable table. The table asks for one page at a time and
 * every page is one index search, so a million works page as fast as ten.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Catalog catalog;

    private String q;
    private String artist;
    private String title;
    private String album;
    private String genre;
    private Integer year;

    private List<String> genres;

    private final LazyDataModel<WorkSummary> works = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        /**
         * Each page of results carries its total, so the table is counted by loading its page: PrimeFaces calls
         * count() and load() with the same offset and sort, and one search answers both.
         */
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return 0;
        }

        @Override
        public List<WorkSummary> load(int first, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> f) {
            SortMeta sort = sorts.values().stream().findFirst().orElse(null);
            SearchQuery.Order order = sort == null ? defaultOrder() : SearchQuery.Order.valueOf(sort.getField());
            boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
            Page<WorkSummary> page = search(order, descending, first / size, size);
            setRowCount((int) Math.min(page.total(), SearchQuery.MAX_DEPTH));
            return page.items();
        }

        @Override
        public String getRowKey(WorkSummary work) {
            return Long.toString(work.id());
        }

        @Override
        public WorkSummary getRowData(String key) {
            return null;
        }
    };

    private Page<WorkSummary> search(SearchQuery.Order order, boolean descending, int page, int size) {
        try {
            return catalog.search(new SearchQuery(q, artist, title, album, genre, year, order, descending, page, size));
        } catch (InvalidSearchException refused) {
            Pages.show(refused);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    private SearchQuery.Order defaultOrder() {
        boolean anyWords = !(blank(q) && blank(artist) && blank(title) && blank(album));
        return anyWords ? SearchQuery.Order.RELEVANCE : SearchQuery.Order.NEWEST;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<String> getGenres() {
        if (genres == null) {
            genres = List.copyOf(catalog.genres().keySet());
        }
        return genres;
    }

    public LazyDataModel<WorkSummary> getWorks() {
        return works;
    }

    public String duration(int seconds) {
        return Pages.duration(seconds);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getArtist() {
        return artist;
    }

    public void setArtist(String artist) {
        this.artist = artist;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAlbum() {
        return album;
    }

    public void setAlbum(String album) {
        this.album = album;
    }

    public String getGenre() {
        return genre;
    }

    public void setGenre(String genre) {
        this.genre = genre;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
