package io.backbeat.upload;

import java.util.List;
import java.util.Map;

/**
 * A master's QA report: what decoding every frame found. Levels in dBFS (true peak in dBTP), loudness in LUFS
 * (EBU R128); a null level means digital silence.
 *
 * @param bitRate         bits per second of the audio as measured (all the file's audio bytes over its duration)
 * @param declaredSeconds what the file's headers claim, when they do (null otherwise)
 * @param syncLosses      places where bytes that are not audio sit between frames
 * @param tagBytes        bytes of tags (cover art included) before the audio starts
 * @param rejection       why the master was rejected (NOT_AUDIO, TRUNCATED, TOO_SHORT, TOO_LONG, LOW_QUALITY,
 *                        DECODE_ERRORS, SILENT, OVERSIZED_TAGS), or null when it passed
 */
public record QaSummary(String container, String codec, int sampleRate, int channels, int bitsPerSample,
                        long bitRate, double seconds, Double declaredSeconds, long frames, long decodeErrors,
                        long syncLosses, long strayBytes, boolean truncated, Double peakDbfs, Double truePeakDbtp,
                        long clippedSamples, double leadingSilenceSeconds, double trailingSilenceSeconds,
                        Double integratedLufs, double loudnessRangeLu, long tagBytes, Map<String, String> tags,
                        boolean coverArt, List<String> decoderMessages, String rejection) {
}
