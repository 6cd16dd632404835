package io.backbeat.media;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What checking a master found, frame by frame: the numbers a mastering engineer would look at first, and the
 * verdict. Loudness follows EBU R128 (LUFS, true peak in dBTP); levels are relative to digital full scale (dBFS),
 * {@code -Infinity} for digital silence. Fields that could not be measured (a file that is not audio) are zero.
 */
public record QaReport(
        String container,
        String codec,
        int sampleRate,
        int channels,
        int bitsPerSample,
        long bitRate,
        double seconds,
        Double declaredSeconds,
        long frames,
        long decodeErrors,
        long syncLosses,
        long strayBytes,
        boolean truncated,
        double peakDbfs,
        double truePeakDbtp,
        long clippedSamples,
        double leadingSilenceSeconds,
        double trailingSilenceSeconds,
        double integratedLufs,
        double loudnessRangeLu,
        long tagBytes,
        Map<String, String> tags,
        boolean hasCoverArt,
        List<String> decoderMessages,
        Rejection rejection) {

    public QaReport {
        tags = Map.copyOf(tags);
        decoderMessages = List.copyOf(decoderMessages);
    }

    public Optional<Rejection> verdict() {
        return Optional.ofNullable(rejection);
    }

    static QaReport notAudio(NotAudioException why, List<String> messages) {
        return new QaReport("", "", 0, 0, 0, 0, 0, null, 0, 0, 0, 0, false, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 0, 0, 0, Double.NEGATIVE_INFINITY, 0, 0, Map.of(), false, messages,
                Rejection.of(Rejection.Reason.NOT_AUDIO, "Not audio: %s.", why.getMessage()));
    }
}
