package io.backbeat.upload;

import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** admin/uploads.xhtml: uploads the pipeline gave up on (dead-lettered), each sent through again with a click. */
@Named
@ViewScoped
public class AdminUploadsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Uploads uploads;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
            .withZone(ZoneId.systemDefault());

    private transient List<UploadStatus> failed;

    public void retry(long workId) {
        try {
            UploadStatus retried = uploads.retry(workId);
            Pages.info("adminUploads.retried", retried.title());
        } catch (Refusal refused) {
            Pages.show(refused);
        }
        failed = null;
    }

    /** When it last changed (for a failed upload: when the broker gave up), in the server's time zone. */
    public String when(String instant) {
        return WHEN.format(Instant.parse(instant));
    }

    public List<UploadStatus> getFailed() {
        if (failed == null) {
            failed = uploads.failed();
        }
        return failed;
    }
}
