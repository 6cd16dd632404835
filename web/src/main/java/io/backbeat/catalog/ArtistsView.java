package io.backbeat.catalog;

import io.backbeat.api.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Artist and band listings: A–Z by initial, or by genre (artists.xhtml?letter=B, ?genre=Jazz). */
@Named
@RequestScoped
public class ArtistsView {

    private static final int SHOWN = 100;

    @EJB
    Catalog catalog;

    private String letter;
    private String genre;
    private Page<ArtistSummary> artists;

    private static final List<String> LETTERS = Stream.concat(
            IntStream.rangeClosed('A', 'Z').mapToObj(c -> String.valueOf((char) c)), Stream.of("#")).toList();

    private List<String> genres;

    public List<String> getLetters() {
        return LETTERS;
    }

    public List<String> getGenres() {
        if (genres == null) {
            genres = List.copyOf(catalog.genres().keySet());
        }
        return genres;
    }

    public Page<ArtistSummary> getArtists() {
        if (artists == null) {
            artists = genre != null && !genre.isBlank()
                    ? catalog.artistsByGenre(genre, 0, SHOWN)
                    : catalog.artistsByInitial(letter == null || letter.isBlank() ? "A" : letter, 0, SHOWN);
        }
        return artists;
    }

    public String getHeading() {
        return genre != null && !genre.isBlank() ? genre : (letter == null || letter.isBlank() ? "A" : letter);
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public String getGenre() {
        return genre;
    }

    public void setGenre(String genre) {
        this.genre = genre;
    }
}
