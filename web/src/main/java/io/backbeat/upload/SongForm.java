package io.backbeat.upload;

import io.backbeat.catalog.MediaType;
import io.backbeat.catalog.WorkDetails;
import io.backbeat.platform.InvalidInputException;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * The song information as a musician types it, in the site's upload form or the API's query string. The one place
 * where typed text becomes {@link WorkDetails}: numbers are read here, every other rule is a constraint of
 * WorkDetails. All problems are refused together, each under its WorkDetails field, so a form shows each beside
 * its input.
 */
public class SongForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String album;
    private String trackNumber;
    private String genre;
    private String year;
    private String pricePoints;
    private boolean explicit;
    private boolean licensedForBusiness;

    public SongForm() {
    }

    SongForm(String title, String album, String trackNumber, String genre, String year, String pricePoints,
             boolean explicit, boolean licensedForBusiness) {
        this.title = title;
        this.album = album;
        this.trackNumber = trackNumber;
        this.genre = genre;
        this.year = year;
        this.pricePoints = pricePoints;
        this.explicit = explicit;
        this.licensedForBusiness = licensedForBusiness;
    }

    /** The details, or an {@link InvalidInputException} naming every field that is wrong. */
    WorkDetails toDetails(Validator validator) {
        var problems = new TreeMap<String, String>();
        Integer track = number(trackNumber, "trackNumber", "The track number is a whole number.", problems);
        Integer released = number(year, "year", "The year is a whole number, like 2026.", problems);
        Integer price = number(pricePoints, "pricePoints", "The price is a whole number of points.", problems);
        if (price == null) {
            problems.putIfAbsent("pricePoints", "Give the price in points.");
        }
        var details = new WorkDetails(title, album, track, genre, released, MediaType.AUDIO,
                price == null ? 0 : price, explicit, licensedForBusiness);
        try {
            InvalidInputException.requireValid(validator, details);
        } catch (InvalidInputException invalid) {
            invalid.fields().forEach(problems::putIfAbsent);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return details;
    }

    private static Integer number(String text, String field, String message, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.put(field, message);
            return null;
        }
    }

    /** Ready for the next track of the same album: what differs from track to track is cleared. */
    void nextTrack() {
        title = null;
        trackNumber = null;
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

    public String getTrackNumber() {
        return trackNumber;
    }

    public void setTrackNumber(String trackNumber) {
        this.trackNumber = trackNumber;
    }

    public String getGenre() {
        return genre;
    }

    public void setGenre(String genre) {
        this.genre = genre;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getPricePoints() {
        return pricePoints;
    }

    public void setPricePoints(String pricePoints) {
        this.pricePoints = pricePoints;
    }

    public boolean isExplicit() {
        return explicit;
    }

    public void setExplicit(boolean explicit) {
        this.explicit = explicit;
    }

    public boolean isLicensedForBusiness() {
        return licensedForBusiness;
    }

    public void setLicensedForBusiness(boolean licensedForBusiness) {
        this.licensedForBusiness = licensedForBusiness;
    }
}
