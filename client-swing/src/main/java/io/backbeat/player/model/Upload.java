package io.backbeat.player.model;

import java.util.List;
import java.util.Map;

/**
 * The musician's upload: what the store said of each input, the bytes sent, then where the master is in the store's
 * pipeline and its QA report. One upload at a time.
 */
public final class Upload {

    /** Where the upload is, as the panel shows it. */
    public enum Phase {
        /** Nothing sent yet (or the last attempt was refused or cancelled): the form is open. */
        EDITING,
        /** The file is on its way; {@link #percent()} says how far. */
        SENDING,
        /** The store has it and is checking or transcoding it. */
        IN_PIPELINE,
        /** Available, rejected or failed: {@link #report()} says what the check found. */
        SETTLED
    }

    /** One line of the QA report: what was measured, and its value in words. */
    public record Finding(String measure, String value) {
    }

    private final ChangeListeners listeners = new ChangeListeners();
    private Phase phase = Phase.EDITING;
    private Map<String, String> fieldProblems = Map.of();
    private long sent;
    private long total = -1;
    private String state = "";
    private String message = "";
    private List<Finding> report = List.of();

    /** The store refused the song information: its words, by input name ({@code title}, {@code pricePoints}…). */
    public void refused(Map<String, String> problems) {
        phase = Phase.EDITING;
        fieldProblems = Map.copyOf(problems);
        listeners.fire();
    }

    public void sending(long total) {
        phase = Phase.SENDING;
        fieldProblems = Map.of();
        sent = 0;
        this.total = total;
        state = "";
        message = "";
        report = List.of();
        listeners.fire();
    }

    public void progress(long sent, long total) {
        if (phase == Phase.SENDING) {
            this.sent = sent;
            this.total = total;
            listeners.fire();
        }
    }

    /** Back to the form, nothing sent: cancelled, or the store could not be reached. */
    public void stopped() {
        phase = Phase.EDITING;
        listeners.fire();
    }

    /** The store's latest word on the upload: its state, a sentence for the musician, and the QA report so far. */
    public void pipeline(String state, String message, List<Finding> report, boolean settled) {
        phase = settled ? Phase.SETTLED : Phase.IN_PIPELINE;
        this.state = state;
        this.message = message;
        this.report = List.copyOf(report);
        listeners.fire();
    }

    public Phase phase() {
        return phase;
    }

    /** What the store said is wrong with the input named {@code field}, or an empty text. */
    public String problemWith(String field) {
        return fieldProblems.getOrDefault(field, "");
    }

    public Map<String, String> fieldProblems() {
        return fieldProblems;
    }

    /** How much of the file has been sent, from 0 to 100. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, sent * 100 / total);
    }

    public String progressText() {
        return phase == Phase.SENDING ? String.format("Sending: %d %% of %,d KB", percent(), total / 1024) : "";
    }

    /** The store's state word: RECEIVED, CHECKING, TRANSCODING, AVAILABLE, REJECTED or FAILED; empty before. */
    public String state() {
        return state;
    }

    public String message() {
        return message;
    }

    public List<Finding> report() {
        return report;
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }
}
