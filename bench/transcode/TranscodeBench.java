import io.backbeat.media.MasterCheck;
import io.backbeat.media.Mp3Encoder;
import io.backbeat.media.QaReport;
import io.backbeat.media.Transcoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Backbeat half of bench/transcode/run.sh, a single-file program (Java's source launcher), so nothing is added to
 * the Maven build:
 *
 * <pre>  java -cp MEDIA_CLASSPATH bench/transcode/TranscodeBench.java MASTER DIR [RUNS]</pre>
 *
 * Times {@link Transcoder#preview} (writing DIR/backbeat-preview.mp3) and {@link MasterCheck#check} on MASTER, each
 * once to warm up (FFmpeg's and LAME's native libraries load, the JIT compiles) and then RUNS times (3), all in this
 * JVM: its start-up is not counted. Prints the runs and writes the best times and the check's findings to
 * DIR/backbeat.result as key=value lines for run.sh.
 */
public class TranscodeBench {

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java -cp MEDIA_CLASSPATH TranscodeBench.java MASTER DIR [RUNS]");
            System.exit(2);
        }
        Path master = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int runs = args.length == 3 ? Integer.parseInt(args[2]) : 3;
        Path preview = dir.resolve("backbeat-preview.mp3");
        // Mp3Encoder logs which LAME it found at INFO; this program prints that itself.
        Logger.getLogger("").setLevel(Level.WARNING);

        String lame = Mp3Encoder.implementation();
        System.out.println("  LAME: " + lame);

        double previewSeconds = best("Transcoder.preview", runs, () -> Transcoder.preview(master, preview));
        QaReport[] report = new QaReport[1];
        double checkSeconds = best("MasterCheck.check", runs, () -> report[0] = MasterCheck.check(master));

        QaReport qa = report[0];
        String verdict = qa.verdict().map(r -> "REJECTED (" + r.reason() + ": " + r.message() + ")").orElse("accepted");
        System.out.printf(Locale.ROOT, "  MasterCheck: %s; %.1f s, %s %d Hz %d ch %d kb/s, integrated %.1f LUFS, "
                        + "true peak %.1f dBTP, %d decode errors%n", verdict, qa.seconds(), qa.codec(), qa.sampleRate(),
                qa.channels(), qa.bitRate() / 1000, qa.integratedLufs(), qa.truePeakDbtp(), qa.decodeErrors());

        Files.writeString(dir.resolve("backbeat.result"), String.format(Locale.ROOT,
                "lame=%s%npreview=%.3f%ncheck=%.3f%nverdict=%s%nlufs=%.1f%ntruepeak=%.1f%n",
                lame, previewSeconds, checkSeconds, verdict, qa.integratedLufs(), qa.truePeakDbtp()));
    }

    @FunctionalInterface
    interface Run {
        void run() throws Exception;
    }

    /** One warm-up, then the best wall-clock time of {@code runs} runs, in seconds. */
    private static double best(String label, int runs, Run run) throws Exception {
        double warmUp = seconds(run);
        List<String> times = new ArrayList<>();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            double time = seconds(run);
            times.add(String.format(Locale.ROOT, "%.3f", time));
            best = Math.min(best, time);
        }
        System.out.printf(Locale.ROOT, "  %-19s warm-up %.3f s; runs %s s; best %.3f s%n", label + ":", warmUp,
                String.join(" ", times), best);
        return best;
    }

    private static double seconds(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
