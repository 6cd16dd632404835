package io.backbeat.player.viewcontroller;

import io.backbeat.player.model.StoreAddress;
import io.backbeat.player.model.Upload;
import io.backbeat.player.store.Credentials;
import io.backbeat.player.store.SongDetails;
import io.backbeat.player.store.StoreRefusedException;
import io.backbeat.player.store.StoreUnreachableException;
import io.backbeat.upload.QaSummary;
import io.backbeat.upload.UploadStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A musician's upload: sends the master with its song information (cancellable, with progress), shows the store's
 * refusals beside the inputs they concern, then follows the store's pipeline until the master is available,
 * rejected or failed, and shows its QA report. Called on the UI thread.
 */
public final class UploadController {

    /** How often the player asks the store where the master is, as the site's uploads page does. */
    public static final Duration POLL_EVERY = Duration.ofSeconds(2);

    private final TaskRunner tasks;
    private final StoreConnection store;
    private final AccountController account;
    private final Upload upload;
    private final PlayerView view;
    private final Duration pollEvery;
    private Task sending = TaskRunner.none();
    private Task following = TaskRunner.none();

    public UploadController(TaskRunner tasks, StoreConnection store, AccountController account, Upload upload,
                            PlayerView view, Duration pollEvery) {
        this.tasks = tasks;
        this.store = store;
        this.account = account;
        this.upload = upload;
        this.view = view;
        this.pollEvery = pollEvery;
    }

    public Upload upload() {
        return upload;
    }

    /** Sends {@code file} (null when none was chosen) with {@code song}, then follows it through the pipeline. */
    public void send(Path file, SongDetails song) {
        var who = account.credentials();
        if (who.isEmpty()) {
            view.showProblem("Cannot upload", "Sign in on the Account tab first, with your musician account.");
            return;
        }
        if (upload.phase() == Upload.Phase.SENDING) {
            view.showProblem("Cannot upload", "One upload at a time: wait for this one, or cancel it.");
            return;
        }
        if (file == null) {
            upload.refused(Map.of("file", "Choose the master file: MP3, WAV or FLAC."));
            return;
        }
        following.cancel();
        var client = store.client();
        upload.sending(-1);
        sending = tasks.run(() -> client.upload(who.get(), file, song,
                        (sent, total) -> tasks.onUiThread(() -> upload.progress(sent, total))),
                received -> {
                    store.answered();
                    show(received);
                    follow(who.get(), received.id());
                }, failure -> refused(file, failure));
    }

    /** Stops sending: the store keeps nothing of an upload it did not receive whole. */
    public void cancel() {
        sending.cancel();
        if (upload.phase() == Upload.Phase.SENDING) {
            upload.stopped();
        }
    }

    private void refused(Path file, Exception failure) {
        if (failure instanceof StoreRefusedException refused && !refused.fields().isEmpty()) {
            store.answered();
            upload.refused(refused.fields());
            return;
        }
        upload.stopped();
        if (failure instanceof StoreRefusedException refused && refused.status() == 403) {
            store.answered();
            view.showProblem("Uploads are for musicians", "This account is not a musician's. Open a musician account"
                    + " on the site (" + StoreAddress.secure(store.address()) + "/account/musician.xhtml), then sign"
                    + " in again here.");
        } else {
            view.showProblem("Cannot upload “" + file.getFileName() + "”", store.explain(failure));
        }
    }

    private void follow(Credentials who, long id) {
        if (upload.phase() == Upload.Phase.SETTLED) {
            return;
        }
        var client = store.client();
        following = tasks.runAfter(pollEvery, () -> client.upload(who, id), status -> {
            store.answered();
            show(status);
            follow(who, id);
        }, failure -> {
            if (failure instanceof StoreUnreachableException) {
                // The store has the master whatever the line does now: keep asking.
                upload.pipeline(upload.state(), store.explain(failure) + "; asking again.", upload.report(), false);
                follow(who, id);
            } else {
                upload.pipeline(upload.state(), store.explain(failure), upload.report(), true);
            }
        });
    }

    private void show(UploadStatus status) {
        var reason = status.reason() == null ? "" : status.reason();
        var message = switch (status.state()) {
            case "RECEIVED" -> "Received; waiting for its check.";
            case "CHECKING" -> "Checking every frame of the master…";
            case "TRANSCODING" -> "Passed its check; making the preview…";
            case "AVAILABLE" -> "Available in the store.";
            case "REJECTED" -> "Rejected: " + reason;
            case "FAILED" -> "Failed: " + reason;
            default -> status.state();
        };
        upload.pipeline(status.state(), message, status.qa() == null ? List.of() : report(status.qa()),
                status.settled());
    }

    /** The QA report in words, as the site's uploads page shows it. */
    static List<Upload.Finding> report(QaSummary qa) {
        var findings = new ArrayList<Upload.Finding>();
        findings.add(new Upload.Finding("Format", qa.container() + " / " + qa.codec()));
        findings.add(new Upload.Finding("Sound", String.format(Locale.ROOT, "%,d Hz, %d channel%s, %,d kb/s",
                qa.sampleRate(), qa.channels(), qa.channels() == 1 ? "" : "s", qa.bitRate() / 1000)));
        findings.add(new Upload.Finding("Duration", String.format(Locale.ROOT, "%d:%04.1f",
                (long) qa.seconds() / 60, qa.seconds() % 60)));
        findings.add(new Upload.Finding("Loudness", qa.integratedLufs() == null ? "silent"
                : String.format(Locale.ROOT, "%.1f LUFS (range %.1f LU)", qa.integratedLufs(), qa.loudnessRangeLu())));
        findings.add(new Upload.Finding("Peak", qa.peakDbfs() == null ? "silent"
                : String.format(Locale.ROOT, "%.1f dBFS", qa.peakDbfs()) + (qa.truePeakDbtp() == null ? ""
                : String.format(Locale.ROOT, " (true peak %.1f dBTP)", qa.truePeakDbtp()))));
        findings.add(new Upload.Finding("Clipped samples", Long.toString(qa.clippedSamples())));
        findings.add(new Upload.Finding("Decoding errors", Long.toString(qa.decodeErrors())));
        findings.add(new Upload.Finding("Silence", String.format(Locale.ROOT, "%.1f s at the start, %.1f s at the end",
                qa.leadingSilenceSeconds(), qa.trailingSilenceSeconds())));
        findings.add(new Upload.Finding("Cover art", qa.coverArt() ? "yes" : "none"));
        findings.add(new Upload.Finding("Verdict", qa.rejection() == null ? "passed" : qa.rejection()));
        return findings;
    }
}
