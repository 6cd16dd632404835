package io.backbeat.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;
import static org.bytedeco.ffmpeg.global.avutil.setLogCallback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avfilter;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;

/**
 * FFmpeg's native libraries, loaded once per JVM, and what they say. FFmpeg reports problems in a file through its
 * log rather than return codes; those messages are collected for the thread that asked ({@link #listen}) instead of
 * going to the server's console, so each QA report carries its own file's complaints.
 */
final class Ffmpeg {

    /** {@code AVERROR(EAGAIN)} on Linux, the only platform whose natives the build ships. */
    static final int AVERROR_EAGAIN = -11;

    private static final int KEPT_MESSAGES = 20;
    private static final ThreadLocal<List<String>> MESSAGES = new ThreadLocal<>();
    private static volatile boolean loaded;
    private static LogCallback callback;

    private Ffmpeg() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        Loader.load(avformat.class);
        Loader.load(avcodec.class);
        Loader.load(avfilter.class);
        callback = new LogCallback() {
            @Override
            public void call(int level, BytePointer message) {
                List<String> messages = MESSAGES.get();
                if (messages != null && level <= AV_LOG_ERROR && messages.size() < KEPT_MESSAGES) {
                    messages.add(message.getString(StandardCharsets.UTF_8).strip());
                }
            }
        };
        setLogCallback(callback);
        av_log_set_level(AV_LOG_ERROR);
        loaded = true;
    }

    /** Collects what FFmpeg complains about on this thread until the returned list is {@linkplain #stop stopped}. */
    static List<String> listen() {
        var messages = new ArrayList<String>();
        MESSAGES.set(messages);
        return messages;
    }

    static void stop() {
        MESSAGES.remove();
    }

    static String error(int code) {
        byte[] text = new byte[256];
        av_strerror(code, text, text.length);
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, StandardCharsets.UTF_8);
    }

    /** A negative result where none may occur is a bug or a broken installation, not a bad file. */
    static int check(int result, String what) {
        if (result < 0) {
            throw new IllegalStateException("FFmpeg could not " + what + ": " + error(result));
        }
        return result;
    }
}
