package io.backbeat.upload;

import io.backbeat.media.QaReport;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Map;

/**
 * The QA report's numbers as the database keeps them. Levels of digital silence (−∞ dB) are stored as null, which
 * both databases and JSON can carry.
 */
@Embeddable
public class QaFindings {

    @Column(name = "qa_container", length = 20)
    private String container;
    @Column(name = "qa_codec", length = 40)
    private String codec;
    @Column(name = "qa_sample_rate")
    private int sampleRate;
    @Column(name = "qa_channels")
    private int channels;
    @Column(name = "qa_bits_per_sample")
    private int bitsPerSample;
    @Column(name = "qa_bit_rate")
    private long bitRate;
    @Column(name = "qa_seconds")
    private double seconds;
    @Column(name = "qa_declared_seconds")
    private Double declaredSeconds;
    @Column(name = "qa_frames")
    private long frames;
    @Column(name = "qa_decode_errors")
    private long decodeErrors;
    @Column(name = "qa_sync_losses")
    private long syncLosses;
    @Column(name = "qa_stray_bytes")
    private long strayBytes;
    @Column(name = "qa_truncated")
    private boolean truncated;
    @Column(name = "qa_peak_dbfs")
    private Double peakDbfs;
    @Column(name = "qa_true_peak_dbtp")
    private Double truePeakDbtp;
    @Column(name = "qa_clipped_samples")
    private long clippedSamples;
    @Column(name = "qa_leading_silence")
    private double leadingSilenceSeconds;
    @Column(name = "qa_trailing_silence")
    private double trailingSilenceSeconds;
    @Column(name = "qa_integrated_lufs")
    private Double integratedLufs;
    @Column(name = "qa_loudness_range")
    private double loudnessRangeLu;
    @Column(name = "qa_tag_bytes")
    private long tagBytes;
    @Column(name = "qa_cover_art")
    private boolean coverArt;
    @Column(name = "qa_messages", length = 4000)
    private String decoderMessages;
    @Column(name = "qa_rejection", length = 30)
    private String rejection;

    protected QaFindings() {
    }

    QaFindings(QaReport report) {
        container = report.container();
        codec = report.codec();
        sampleRate = report.sampleRate();
        channels = report.channels();
        bitsPerSample = report.bitsPerSample();
        bitRate = report.bitRate();
        seconds = report.seconds();
        declaredSeconds = report.declaredSeconds();
        frames = report.frames();
        decodeErrors = report.decodeErrors();
        syncLosses = report.syncLosses();
        strayBytes = report.strayBytes();
        truncated = report.truncated();
        peakDbfs = finite(report.peakDbfs());
        truePeakDbtp = finite(report.truePeakDbtp());
        clippedSamples = report.clippedSamples();
        leadingSilenceSeconds = report.leadingSilenceSeconds();
        trailingSilenceSeconds = report.trailingSilenceSeconds();
        integratedLufs = finite(report.integratedLufs());
        loudnessRangeLu = report.loudnessRangeLu();
        tagBytes = report.tagBytes();
        coverArt = report.hasCoverArt();
        String messages = String.join("\n", report.decoderMessages());
        decoderMessages = messages.isEmpty() ? null : messages.substring(0, Math.min(messages.length(), 4000));
        rejection = report.verdict().map(r -> r.reason().name()).orElse(null);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    public QaSummary summary(Map<String, String> tags) {
        return new QaSummary(container, codec, sampleRate, channels, bitsPerSample, bitRate,
                seconds, declaredSeconds, frames, decodeErrors, syncLosses, strayBytes, truncated, peakDbfs,
                truePeakDbtp, clippedSamples, leadingSilenceSeconds, trailingSilenceSeconds, integratedLufs,
                loudnessRangeLu, tagBytes, tags, coverArt,
                decoderMessages == null ? List.of() : List.of(decoderMessages.split("\n")),
                rejection);
    }

    public boolean lossless() {
        return "wav".equals(container) || "flac".equals(container);
    }
}
