package io.backbeat.catalog;

import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.event.FileUploadEvent;

/**
 * account/musician.xhtml: a customer opens a musician account; a musician edits their biography and picture.
 * Roles come with the login, so after opening the account the customer signs in again to get the new role.
 */
@Named
@ViewScoped
public class MusicianPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Musicians musicians;

    private Long artistId;
    private String artistName;
    private String pictureVersion;
    private String name;
    private boolean band;
    private String genre;
    private String bio;

    @PostConstruct
    void load() {
        musicians.artistOf(Pages.user()).ifPresent(this::show);
    }

    private void show(Artist artist) {
        artistId = artist.id();
        artistName = artist.name();
        pictureVersion = artist.pictureContent();
        genre = artist.genre();
        bio = artist.bio();
    }

    public String open() {
        try {
            musicians.open(Pages.user(), new MusicianDetails(name, band, genre, bio));
        } catch (Refusal refused) {
            Pages.show(refused);
            return null;
        }
        Pages.info("musician.opened", name);
        return "/account/musician?faces-redirect=true";
    }

    public void save() {
        try {
            show(musicians.describe(Pages.user(), bio, genre));
            Pages.info("musician.saved");
        } catch (Refusal refused) {
            Pages.show(refused);
        }
    }

    public void uploadPicture(FileUploadEvent event) {
        try (var in = event.getFile().getInputStream()) {
            show(musicians.showPicture(Pages.user(), in));
            Pages.info("musician.pictureSaved");
        } catch (Refusal refused) {
            Pages.show(refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isOpen() {
        return artistId != null;
    }

    public Long getArtistId() {
        return artistId;
    }

    public String getArtistName() {
        return artistName;
    }

    public boolean isHasPicture() {
        return pictureVersion != null;
    }

    /** The picture's content id: a new picture gets a new address, so no cache shows the old one. */
    public String getPictureVersion() {
        return pictureVersion;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isBand() {
        return band;
    }

    public void setBand(boolean band) {
        this.band = band;
    }

    public String getGenre() {
        return genre;
    }

    public void setGenre(String genre) {
        this.genre = genre;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }
}
