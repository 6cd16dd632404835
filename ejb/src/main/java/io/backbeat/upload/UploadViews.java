package io.backbeat.upload;

/** Uploads as the API and the site show them. */
final class UploadViews {

    private UploadViews() {
    }

    static UploadStatus status(Upload upload) {
        var work = upload.work();
        return new UploadStatus(upload.workId(), work.title(), work.artist().name(), work.state().name(),
                work.stateReason(), upload.fileName(), upload.masterBytes(), upload.receivedAt().toString(),
                upload.updatedAt().toString(), upload.qa() == null ? null : upload.qa().summary(new java.util.TreeMap<>(upload.tags())),
                work.waveformContent() == null ? null : "/pictures/waveform/" + upload.workId(),
                work.coverContent() == null ? null : "/pictures/cover/" + upload.workId(), upload.failedAttempts());
    }
}
