package io.backbeat.business;

import io.backbeat.catalog.Catalog;
import io.backbeat.catalog.SearchQuery;
import io.backbeat.catalog.WorkSummary;
import io.backbeat.platform.InvalidInputException;
import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * business/programmes.xhtml: the organisation's programmes to list, create, edit and delete. A fixed playlist is put
 * together from catalogue search results licensed for business use; a rotation takes the API's rules. Everything is
 * checked by {@link Programmes}, whose refusals are shown beside the fields they name.
 */
@Named
@ViewScoped
public class ProgrammesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RESULTS = 20;

    @EJB
    transient Programmes programmes;

    @EJB
    transient Catalog catalog;

    private List<ProgrammeView> list;
    /** The programme being edited, null for a new one. */
    private Long editing;
    private String name;
    private String kind;
    private final List<Long> works = new ArrayList<>();
    /** The title and artist each playlist work shows, so the playlist is not read from the catalogue on every draw. */
    private final Map<Long, String> labels = new HashMap<>();
    private List<String> genres;
    private List<String> includeArtists;
    private List<String> excludeArtists;
    private boolean neverExplicit;
    private int noRepeatMinutes;
    private int artistSeparationTracks;
    private int artistSeparationMinutes;
    private String search;
    private List<WorkSummary> results = List.of();

    @PostConstruct
    void load() {
        list = programmes.list(Pages.user());
        clear();
    }

    /** An empty form for a new programme. */
    public void clear() {
        editing = null;
        name = "";
        kind = "ROTATION";
        works.clear();
        genres = new ArrayList<>();
        includeArtists = new ArrayList<>();
        excludeArtists = new ArrayList<>();
        neverExplicit = false;
        noRepeatMinutes = 0;
        artistSeparationTracks = 0;
        artistSeparationMinutes = 0;
        results = List.of();
    }

    /** The form filled with a saved programme, to change it. */
    public void edit(ProgrammeView programme) {
        clear();
        editing = programme.id();
        name = programme.name();
        kind = programme.kind();
        programme.works().forEach(this::add);
        genres = new ArrayList<>(programme.genres());
        includeArtists = new ArrayList<>(programme.includeArtists().stream().map(String::valueOf).toList());
        excludeArtists = new ArrayList<>(programme.excludeArtists().stream().map(String::valueOf).toList());
        neverExplicit = programme.neverExplicit();
        noRepeatMinutes = programme.noRepeatMinutes();
        artistSeparationTracks = programme.artistSeparationTracks();
        artistSeparationMinutes = programme.artistSeparationMinutes();
    }

    /** Creates or changes the programme; a refusal names each field that is wrong and changes nothing. */
    public void save() {
        try {
            ProgrammeDetails details = details();
            ProgrammeView saved = editing == null ? programmes.create(Pages.user(), details)
                    : programmes.describe(Pages.user(), editing, details);
            list = programmes.list(Pages.user());
            edit(saved);
            Pages.info("programmes.saved", saved.name());
        } catch (Refusal refusal) {
            Pages.show(refusal, "programme");
        }
    }

    public void delete(ProgrammeView programme) {
        try {
            programmes.delete(Pages.user(), programme.id());
            list = programmes.list(Pages.user());
            if (programme.id() == (editing == null ? -1 : editing)) {
                clear();
            }
            Pages.info("programmes.deleted", programme.name());
        } catch (Refusal refusal) {
            Pages.show(refusal);
        }
    }

    /** Works on sale matching the search that a business may play. */
    public void find() {
        try {
            results = catalog.search(SearchQuery.forText(search, 0, SearchQuery.MAX_SIZE)).items().stream()
                    .filter(WorkSummary::licensedForBusiness).limit(RESULTS).toList();
        } catch (Refusal refusal) {
            Pages.show(refusal);
        }
    }

    public void add(WorkSummary work) {
        labels.put(work.id(), work.title() + " \u2013 " + work.artist());
        works.add(work.id());
    }

    public void up(int index) {
        if (index > 0) {
            Collections.swap(works, index, index - 1);
        }
    }

    public void down(int index) {
        if (index < works.size() - 1) {
            Collections.swap(works, index, index + 1);
        }
    }

    public void remove(int index) {
        works.remove(index);
    }

    /** The title and artist of a playlist work, or its id if it is no longer on sale. */
    public String label(long work) {
        return labels.getOrDefault(work, Pages.text("programmes.work", work));
    }

    /** What a programme plays, in a few words, for the list. */
    public String summary(ProgrammeView programme) {
        if ("FIXED".equals(programme.kind())) {
            return Pages.text("programmes.summary.fixed", programme.works().size());
        }
        return programme.genres().isEmpty() ? Pages.text("programmes.summary.anyGenre")
                : String.join(", ", programme.genres());
    }

    /** What the form says, only the fields of its kind: a fixed playlist has no rules, a rotation no works. */
    private ProgrammeDetails details() {
        if ("FIXED".equals(kind)) {
            return new ProgrammeDetails(name, kind, List.copyOf(works), List.of(), List.of(), List.of(), false, 0, 0,
                    0);
        }
        return new ProgrammeDetails(name, kind, List.of(), genres, ids("includeArtists", includeArtists),
                ids("excludeArtists", excludeArtists), neverExplicit, noRepeatMinutes, artistSeparationTracks,
                artistSeparationMinutes);
    }

    private static List<Long> ids(String field, List<String> typed) {
        var ids = new ArrayList<Long>();
        for (String id : typed) {
            try {
                ids.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(Map.of(field, "\"" + id + "\" is not an "
                        + "artist id: artists are named by the number in their page's address (artist.xhtml?id=7)."));
            }
        }
        return ids;
    }

    /** A saved playlist's work, labelled from the catalogue while it is on sale. */
    private void add(long work) {
        try {
            WorkSummary summary = catalog.work(work);
            labels.put(work, summary.title() + " \u2013 " + summary.artist());
        } catch (Refusal notOnSale) {
            labels.remove(work);
        }
        works.add(work);
    }

    public List<ProgrammeView> getProgrammes() {
        return list;
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<Long> getWorks() {
        return works;
    }

    public List<String> getGenres() {
        return genres;
    }

    /** Chips left empty send null: the list is then empty. */
    public void setGenres(List<String> genres) {
        this.genres = genres == null ? new ArrayList<>() : genres;
    }

    public List<String> getIncludeArtists() {
        return includeArtists;
    }

    public void setIncludeArtists(List<String> includeArtists) {
        this.includeArtists = includeArtists == null ? new ArrayList<>() : includeArtists;
    }

    public List<String> getExcludeArtists() {
        return excludeArtists;
    }

    public void setExcludeArtists(List<String> excludeArtists) {
        this.excludeArtists = excludeArtists == null ? new ArrayList<>() : excludeArtists;
    }

    public boolean isNeverExplicit() {
        return neverExplicit;
    }

    public void setNeverExplicit(boolean neverExplicit) {
        this.neverExplicit = neverExplicit;
    }

    public int getNoRepeatMinutes() {
        return noRepeatMinutes;
    }

    public void setNoRepeatMinutes(int noRepeatMinutes) {
        this.noRepeatMinutes = noRepeatMinutes;
    }

    public int getArtistSeparationTracks() {
        return artistSeparationTracks;
    }

    public void setArtistSeparationTracks(int artistSeparationTracks) {
        this.artistSeparationTracks = artistSeparationTracks;
    }

    public int getArtistSeparationMinutes() {
        return artistSeparationMinutes;
    }

    public void setArtistSeparationMinutes(int artistSeparationMinutes) {
        this.artistSeparationMinutes = artistSeparationMinutes;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<WorkSummary> getResults() {
        return results;
    }
}
