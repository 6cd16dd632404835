package io.backbeat.upload;

import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.ToggleEvent;
import org.primefaces.model.Visibility;
import org.primefaces.model.file.UploadedFile;

/**
 * account/uploads.xhtml: a musician sends a master with its song information and watches it go through checking
 * and transcoding. The file is streamed from the container's spooled part to the content store, never held whole.
 */
@Named
@ViewScoped
public class UploadsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @EJB
    transient Uploads uploads;

    @Inject
    transient Validator validator;

    private final SongForm song = new SongForm();
    private final Set<Long> opened = new HashSet<>();
    private transient List<UploadStatus> mine;

    public void upload(FileUploadEvent event) {
        // PrimeFaces announces the file before the form's other fields reach the model: take it after them.
        if (event.getPhaseId() != PhaseId.INVOKE_APPLICATION) {
            event.setPhaseId(PhaseId.INVOKE_APPLICATION);
            event.queue();
            return;
        }
        UploadedFile master = event.getFile();
        try (InputStream bytes = master.getInputStream()) {
            var details = song.toDetails(validator);
            uploads.requireMasterType(master.getContentType());
            UploadStatus received = uploads.accept(Pages.user(), details, master.getFileName(), bytes);
            Pages.info("uploads.received", received.title());
            song.nextTrack();
            mine = null;
        } catch (Refusal refused) {
            Pages.show(refused, "upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The poll's tick: the list is read again when the page renders. */
    public void refresh() {
        mine = null;
    }

    public void toggled(ToggleEvent event) {
        long id = ((UploadStatus) event.getData()).id();
        if (event.getVisibility() == Visibility.VISIBLE) {
            opened.add(id);
        } else {
            opened.remove(id);
        }
    }

    public List<UploadStatus> getMine() {
        if (mine == null) {
            mine = uploads.mine(Pages.user(), SHOWN);
        }
        return mine;
    }

    /** True while an upload is still on its way: the page keeps asking. */
    public boolean isWatching() {
        return getMine().stream().anyMatch(upload -> !upload.settled());
    }

    /** A report stays open while the list refreshes around it. */
    public boolean isOpened(UploadStatus upload) {
        return opened.contains(upload.id());
    }

    public long getMaxBytes() {
        return uploads.maxBytes();
    }

    public SongForm getSong() {
        return song;
    }

    /** A level in dB; the database keeps digital silence as null. */
    public String level(Double decibels, String unit) {
        return decibels == null ? "−∞ " + unit : String.format(Locale.ENGLISH, "%.1f %s", decibels, unit);
    }

    public String seconds(double seconds) {
        return String.format(Locale.ENGLISH, "%.2f s", seconds);
    }

    public String duration(double seconds) {
        return Pages.duration((int) Math.round(seconds));
    }

    public String kilo(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value / 1000);
    }

    public String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / 1e6);
    }
}
