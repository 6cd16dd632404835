package io.backbeat.catalog;

import io.backbeat.site.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The artist, album and work pages (?id=…). An id that is not in the catalogue is a 404 page, as a missing
 * page should be, not an error. View scoped, so that a form on the page (Buy) finds its work again on postback.
 */
@Named
@ViewScoped
public class DetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Catalog catalog;

    private Long id;
    private ArtistDetail artist;
    private AlbumDetail album;
    private WorkSummary work;

    public void loadArtist() {
        artist = load(() -> catalog.artist(id));
    }

    public void loadAlbum() {
        album = load(() -> catalog.album(id));
    }

    public void loadWork() {
        work = load(() -> catalog.work(id));
    }

    private <T> T load(Supplier<T> finder) {
        try {
            if (id == null) {
                throw new NotInCatalogException("page", 0);
            }
            return finder.get();
        } catch (NotInCatalogException missing) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            try {
                external.responseSendError(404, missing.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FacesContext.getCurrentInstance().responseComplete();
            return null;
        }
    }

    public String duration(int seconds) {
        return Pages.duration(seconds);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArtistDetail getArtist() {
        return artist;
    }

    public AlbumDetail getAlbum() {
        return album;
    }

    public WorkSummary getWork() {
        return work;
    }
}
