package io.backbeat.upload;

/**
 * Where one upload is on its way to sale, for the musician who sent it (site, player, API).
 *
 * @param id       the work's id
 * @param state    RECEIVED, CHECKING, TRANSCODING, AVAILABLE, REJECTED or FAILED
 * @param reason   why it was rejected or failed, in words; null otherwise
 * @param fileName the name the musician's file had (shown only; the store names content by its hash)
 * @param qa       the QA report once the master has been checked, else null
 * @param waveform the waveform picture's address once transcoded, else null
 * @param cover    the cover art's address once transcoded, if the master's tags carried one, else null
 * @param failedAttempts how many deliveries of its current pipeline step failed (an administrator's clue)
 */
public record UploadStatus(long id, String title, String artist, String state, String reason, String fileName,
                           long bytes, String receivedAt, String updatedAt, QaSummary qa, String waveform,
                           String cover, int failedAttempts) {

    public boolean settled() {
        return switch (state) {
            case "AVAILABLE", "REJECTED", "FAILED" -> true;
            default -> false;
        };
    }
}
