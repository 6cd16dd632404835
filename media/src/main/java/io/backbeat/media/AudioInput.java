package io.backbeat.media;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avfilter.av_buffersink_get_frame;
import static org.bytedeco.ffmpeg.global.avfilter.av_buffersrc_add_frame_flags;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_get_by_name;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_graph_alloc;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_graph_config;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_graph_create_filter;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_graph_free;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_graph_parse_ptr;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_inout_alloc;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_inout_free;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static io.backbeat.media.Ffmpeg.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AV_DICT_IGNORE_SUFFIX;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_describe;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_get_sample_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_strdup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avfilter.AVFilterContext;
import org.bytedeco.ffmpeg.avfilter.AVFilterGraph;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacpp.BytePointer;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.exceptions.CannotReadException;
import org.jaudiotagger.audio.exceptions.InvalidAudioFrameException;
import org.jaudiotagger.audio.exceptions.ReadOnlyFileException;
import org.jaudiotagger.tag.TagException;

/**
 * One audio file opened with FFmpeg: its container, its audio stream and a decoder. {@link #decode} pulls every
 * packet through the decoder and a filter graph and hands each filtered frame to a sink, counting on the way what a
 * careful listener would notice: packets the decoder refused and bytes between frames that are not audio (a lost
 * frame sync). Only the containers the store accepts are even probed, so a zip or a video is not audio. Not
 * thread-safe; close it.
 */
final class AudioInput implements AutoCloseable {

    /** The demuxers a master may use. */
    static final String CONTAINERS = "mp3,wav,flac";

    /** Called with each frame the filter graph produces; the frame is only valid during the call. */
    @FunctionalInterface
    interface FrameSink {
        void accept(AVFrame frame) throws Exception;
    }

    private final Path file;
    private final AVFormatContext format;
    private final AVStream stream;
    private final AVCodecContext decoder;
    // The format as opened: decoders rewrite their context when a frame differs, and the report must describe the
    // audio that was measured.
    private final int sampleRate;
    private final int channels;
    private long packets;
    private long decodeErrors;
    private long syncLosses;
    private long strayBytes;
    private long firstAudioByte = -1;
    private long expectedNextByte = -1;
    private boolean lastPacketFailed;

    private AudioInput(Path file, AVFormatContext format, AVStream stream, AVCodecContext decoder) {
        this.file = file;
        this.format = format;
        this.stream = stream;
        this.decoder = decoder;
        this.sampleRate = decoder.sample_rate();
        this.channels = decoder.ch_layout().nb_channels();
    }

    static AudioInput open(Path file) throws NotAudioException {
        Ffmpeg.load();
        AVFormatContext format = avformat_alloc_context();
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "format_whitelist", CONTAINERS, 0);
        int opened = avformat_open_input(format, file.toString(), null, options);
        av_dict_free(options);
        if (opened < 0) {
            throw new NotAudioException("it is not an MP3, WAV or FLAC file (" + Ffmpeg.error(opened) + ")");
        }
        AVCodecContext decoder = null;
        try {
            int found = avformat_find_stream_info(format, (org.bytedeco.javacpp.PointerPointer<?>) null);
            if (found < 0) {
                throw new NotAudioException("its streams cannot be read (" + Ffmpeg.error(found) + ")");
            }
            int index = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, (AVCodec) null, 0);
            if (index < 0) {
                throw new NotAudioException("it holds no audio stream");
            }
            AVStream stream = format.streams(index);
            AVCodec codec = avcodec_find_decoder(stream.codecpar().codec_id());
            if (codec == null) {
                throw new NotAudioException("its audio is in a codec the store does not decode");
            }
            decoder = avcodec_alloc_context3(codec);
            Ffmpeg.check(avcodec_parameters_to_context(decoder, stream.codecpar()), "copy codec parameters");
            int codecOpened = avcodec_open2(decoder, codec, (AVDictionary) null);
            if (codecOpened < 0 || decoder.sample_rate() <= 0 || decoder.ch_layout().nb_channels() <= 0) {
                throw new NotAudioException("its audio stream cannot be decoded ("
                        + (codecOpened < 0 ? Ffmpeg.error(codecOpened) : "no sample rate or channels") + ")");
            }
            for (int i = 0; i < format.nb_streams(); i++) {
                if (i != index) {
                    format.streams(i).discard(org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_ALL);
                }
            }
            return new AudioInput(file, format, stream, decoder);
        } catch (NotAudioException | RuntimeException e) {
            if (decoder != null) {
                avcodec_free_context(decoder);
            }
            avformat_close_input(format);
            throw e;
        }
    }

    String container() {
        return format.iformat().name().getString();
    }

    String codec() {
        return avcodec_get_name(decoder.codec_id()).getString();
    }

    int sampleRate() {
        return sampleRate;
    }

    int channels() {
        return channels;
    }

    /** Bits per second of the audio as the stream declares it; 0 when it declares none. */
    long declaredBitRate() {
        long rate = stream.codecpar().bit_rate();
        return rate > 0 ? rate : Math.max(0, format.bit_rate());
    }

    /** The sample depth of lossless audio (16, 24…), or 0 for lossy codecs. */
    int bitsPerSample() {
        int raw = stream.codecpar().bits_per_raw_sample();
        return raw > 0 ? raw : stream.codecpar().bits_per_coded_sample();
    }

    /**
     * How long the file says it is, when it says so in its headers (a WAV data size, a FLAC sample count, an MP3
     * Info frame) rather than FFmpeg guessing it from the bit rate.
     */
    Optional<Double> declaredSeconds() {
        if (container().equals("wav")) {
            return wavDeclaredSeconds();
        }
        if (format.duration_estimation_method() == avformat.AVFMT_DURATION_FROM_BITRATE
                || format.duration() <= 0) {
            return Optional.empty();
        }
        return Optional.of(format.duration() / 1_000_000.0);
    }

    /**
     * What a WAV's data chunk claims, read by jaudiotagger: FFmpeg quietly trims the claim to the file's end, which
     * hides exactly the cut-short copy this is here to catch.
     */
    private Optional<Double> wavDeclaredSeconds() {
        try {
            double seconds = AudioFileIO.readAs(file.toFile(), "wav").getAudioHeader().getPreciseTrackLength();
            return seconds > 0 ? Optional.of(seconds) : Optional.empty();
        } catch (CannotReadException | IOException | TagException | ReadOnlyFileException
                 | InvalidAudioFrameException | RuntimeException e) {
            // A header jaudiotagger cannot make sense of claims nothing; FFmpeg's decoding judges the audio.
            return Optional.empty();
        }
    }

    /** The container's and the stream's tags, with lower-case keys. */
    Map<String, String> tags() {
        var tags = new LinkedHashMap<String, String>();
        readTags(format.metadata(), tags);
        readTags(stream.metadata(), tags);
        return tags;
    }

    /** The picture the tags carry (an ID3 APIC frame, a FLAC PICTURE block), if any. */
    Optional<byte[]> coverArt() {
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream candidate = format.streams(i);
            if ((candidate.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0
                    && candidate.attached_pic().size() > 0) {
                AVPacket picture = candidate.attached_pic();
                byte[] bytes = new byte[picture.size()];
                picture.data().get(bytes);
                return Optional.of(bytes);
            }
        }
        return Optional.empty();
    }

    long packets() {
        return packets;
    }

    long decodeErrors() {
        return decodeErrors;
    }

    long syncLosses() {
        return syncLosses;
    }

    long strayBytes() {
        return strayBytes;
    }

    /** Where in the file the audio begins: everything before it is tags (or junk). */
    long firstAudioByte() {
        return Math.max(0, firstAudioByte);
    }

    boolean lastPacketFailed() {
        return lastPacketFailed;
    }

    /**
     * Decodes the whole stream once through {@code filters} (an FFmpeg filter chain, "anull" for none) and gives
     * every frame it produces to {@code sink}.
     */
    void decode(String filters, FrameSink sink) throws Exception {
        AVFilterGraph graph = avfilter_graph_alloc();
        AVPacket packet = av_packet_alloc();
        AVFrame decoded = av_frame_alloc();
        AVFrame filtered = av_frame_alloc();
        try {
            AVFilterContext source = new AVFilterContext(null);
            AVFilterContext output = new AVFilterContext(null);
            configure(graph, filters, source, output);
            while (true) {
                int read = av_read_frame(format, packet);
                if (read == AVERROR_EOF) {
                    break;
                }
                if (read < 0) {
                    // An I/O error or a container the demuxer cannot walk further: what was read stays counted.
                    decodeErrors++;
                    break;
                }
                if (packet.stream_index() == stream.index()) {
                    notePosition(packet);
                    int sent = avcodec_send_packet(decoder, packet);
                    lastPacketFailed = sent < 0 && sent != AVERROR_EAGAIN;
                    if (lastPacketFailed) {
                        decodeErrors++;
                    }
                    drainDecoder(decoded, source, output, filtered, sink);
                }
                av_packet_unref(packet);
            }
            avcodec_send_packet(decoder, null);
            drainDecoder(decoded, source, output, filtered, sink);
            Ffmpeg.check(av_buffersrc_add_frame_flags(source, null, 0), "end the filter graph");
            drainFilters(output, filtered, sink);
        } finally {
            av_frame_free(filtered);
            av_frame_free(decoded);
            av_packet_free(packet);
            avfilter_graph_free(graph);
        }
    }

    private void notePosition(AVPacket packet) {
        packets++;
        long position = packet.pos();
        if (position < 0) {
            return;
        }
        if (firstAudioByte < 0) {
            firstAudioByte = position;
        } else if (expectedNextByte >= 0 && position > expectedNextByte) {
            syncLosses++;
            strayBytes += position - expectedNextByte;
        }
        expectedNextByte = position + packet.size();
    }

    private void drainDecoder(AVFrame decoded, AVFilterContext source, AVFilterContext output, AVFrame filtered,
                              FrameSink sink) throws Exception {
        while (true) {
            int received = avcodec_receive_frame(decoder, decoded);
            if (received == AVERROR_EAGAIN || received == AVERROR_EOF) {
                return;
            }
            if (received < 0) {
                decodeErrors++;
                lastPacketFailed = true;
                return;
            }
            if (decoded.decode_error_flags() != 0) {
                decodeErrors++;
            }
            // The graph takes one format; a frame in another (MP3s joined end to end, a FLAC header its frames
            // contradict) is damage in the file, not a broken installation.
            int taken = av_buffersrc_add_frame_flags(source, decoded, 0);
            av_frame_unref(decoded);
            if (taken < 0) {
                decodeErrors++;
                continue;
            }
            drainFilters(output, filtered, sink);
        }
    }

    private static void drainFilters(AVFilterContext output, AVFrame filtered, FrameSink sink) throws Exception {
        while (true) {
            int pulled = av_buffersink_get_frame(output, filtered);
            if (pulled == AVERROR_EAGAIN || pulled == AVERROR_EOF) {
                return;
            }
            Ffmpeg.check(pulled, "read a filtered frame");
            try {
                sink.accept(filtered);
            } finally {
                av_frame_unref(filtered);
            }
        }
    }

    private void configure(AVFilterGraph graph, String filters, AVFilterContext source, AVFilterContext output)
            throws NotAudioException {
        var layout = new BytePointer(64);
        av_channel_layout_describe(decoder.ch_layout(), layout, 64);
        String arguments = String.format(Locale.ROOT, "time_base=1/%d:sample_rate=%d:sample_fmt=%s:channel_layout=%s",
                sampleRate, sampleRate,
                av_get_sample_fmt_name(decoder.sample_fmt()).getString(), layout.getString());
        layout.close();
        Ffmpeg.check(avfilter_graph_create_filter(source, avfilter_get_by_name("abuffer"), "in", arguments, null,
                graph), "create the filter source");
        Ffmpeg.check(avfilter_graph_create_filter(output, avfilter_get_by_name("abuffersink"), "out", (String) null,
                null, graph), "create the filter sink");
        var outputs = avfilter_inout_alloc();
        outputs.name(av_strdup(new BytePointer("in"))).filter_ctx(source).pad_idx(0).next(null);
        var inputs = avfilter_inout_alloc();
        inputs.name(av_strdup(new BytePointer("out"))).filter_ctx(output).pad_idx(0).next(null);
        try {
            Ffmpeg.check(avfilter_graph_parse_ptr(graph, filters, inputs, outputs, null), "parse filters " + filters);
            // The filters parsed, so only the stream's format can fail here: a rate or a channel count swresample
            // cannot convert (a WAV header claiming 1 Hz or 255 channels).
            int configured = avfilter_graph_config(graph, null);
            if (configured < 0) {
                throw new NotAudioException(String.format(Locale.ROOT, "its audio, %d Hz in %d channels, cannot be "
                        + "measured (%s)", sampleRate, channels, Ffmpeg.error(configured)));
            }
        } finally {
            avfilter_inout_free(inputs);
            avfilter_inout_free(outputs);
        }
    }

    private static void readTags(AVDictionary dictionary, Map<String, String> into) {
        AVDictionaryEntry entry = null;
        while ((entry = av_dict_get(dictionary, "", entry, AV_DICT_IGNORE_SUFFIX)) != null) {
            into.putIfAbsent(entry.key().getString().toLowerCase(Locale.ROOT), entry.value().getString());
        }
    }

    @Override
    public void close() {
        avcodec_free_context(decoder);
        avformat_close_input(format);
    }
}
