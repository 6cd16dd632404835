#!/usr/bin/env bash
# Making a store preview (24 kb/s, 22.05 kHz, stereo MP3) from a 6-minute 128 kb/s MP3 master: Backbeat's
# Transcoder.preview (FFmpeg through JavaCPP decodes and resamples, LAME encodes: the system's libmp3lame through JNA,
# or jump3r) against Debian's ffmpeg CLI making the same preview from the same file, side by side in one run. Second
# line: the checker, MasterCheck.check (every frame decoded, EBU R128 loudness and true peak), against ffmpeg's
# ebur128 filter. Then checks that Backbeat's preview is what the store promises (ffprobe, mpg123).
#
#   bench/transcode/run.sh          needs ffmpeg, ffprobe and mpg123 (apt-get install ffmpeg mpg123); about a minute
#   RUNS=5 bench/transcode/run.sh
#
# Bar: Backbeat's preview at ≥ 0.8× the speed of the ffmpeg CLI (ffmpeg time / Backbeat time). Best of RUNS (3)
# after one warm-up each. ffmpeg is timed wall-clock as a whole process; Backbeat inside one JVM
# (TranscodeBench.java, Java's single-file source launcher), so the JVM's start-up is not counted.
set -euo pipefail
export LC_ALL=C  # decimal points, in bash's $EPOCHREALTIME and in printf
cd "$(dirname "$0")/../.."
root=$(pwd)
here=$root/bench/transcode
runs=${RUNS:-3}

for tool in ffmpeg ffprobe mpg123 java; do
    command -v $tool >/dev/null || { echo "bench/transcode: '$tool' is missing (apt-get install ffmpeg mpg123)" >&2; exit 1; }
done
# Build media when it never was, or when its sources changed since.
jar=$(ls media/target/backbeat-media-*.jar 2>/dev/null | head -1 || true)
if [[ -z $jar || -n $(find media/src/main media/pom.xml -newer "$jar" -print -quit) ]]; then
    ./mvnw -B -q install -DskipTests -pl protocol,platform,media
fi

work=$(mktemp -d -t backbeat-transcode.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The runtime classpath, FFmpeg's and JNA's jars included (provided scope: the server supplies them).
./mvnw -B -q dependency:build-classpath -pl media -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
classpath=$root/media/target/classes:$(cat "$work/classpath.txt")

master=$work/master.mp3
echo "== Master: 360 s, 44.1 kHz stereo, 128 kb/s MP3 (synthetic: two detuned tones, a slow tremolo, some noise)"
ffmpeg -v error -y -f lavfi \
    -i "aevalsrc=0.3*sin(2*PI*220*t)+0.1*sin(2*PI*330*t)*sin(t)+0.05*(random(0)-0.5)|0.3*sin(2*PI*277*t)+0.05*(random(1)-0.5):d=360:s=44100" \
    -c:a libmp3lame -b:a 128k "$master"
echo "  $(du -h "$master" | cut -f1), $(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$master") s"

best() { # best LABEL COMMAND…: one warm-up, then the best of $runs wall-clock runs, in seconds, to $work/LABEL.result
    local label=$1 start time times=() best=""; shift
    "$@"
    for ((i = 0; i < runs; i++)); do
        start=$EPOCHREALTIME
        "$@"
        time=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')
        times+=("$time")
        best=$(awk -v a="${best:-$time}" -v b="$time" 'BEGIN { printf "%.3f", (b < a ? b : a) }')
    done
    echo "  $label: runs ${times[*]} s; best $best s"
    echo "$best" > "$work/$label.result"
}

echo "== ffmpeg CLI ($(ffmpeg -version | head -1 | cut -d' ' -f3)), one process per run"
best ffmpeg-preview ffmpeg -v error -y -i "$master" -ar 22050 -b:a 24k "$work/ffmpeg-preview.mp3"
best ffmpeg-ebur128 ffmpeg -nostats -hide_banner -i "$master" -af ebur128=peak=true+sample -f null - \
    2> "$work/ebur128.txt"
# The summary of the last run: integrated loudness, then the true peak (after the sample peak).
read -r anchor_lufs anchor_peak < <(awk '$1 == "I:" { i = $2 } /True peak:/ { t = 1 } t && $1 == "Peak:" { p = $2; t = 0 }
    END { print i, p }' "$work/ebur128.txt")

echo "== Backbeat (media module), in one JVM: start-up not counted"
java -cp "$classpath" "$here/TranscodeBench.java" "$master" "$work" "$runs"
value() { sed -n "s/^$1=//p" "$work/backbeat.result"; }

echo "== Backbeat's preview"
preview=$work/backbeat-preview.mp3
probe=$(ffprobe -v error -select_streams a:0 -show_entries stream=sample_rate,bit_rate,channels -of default=nw=1 "$preview")
rate=$(sed -n 's/^sample_rate=//p' <<< "$probe")
bitrate=$(sed -n 's/^bit_rate=//p' <<< "$probe")
channels=$(sed -n 's/^channels=//p' <<< "$probe")
duration=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$preview")
echo "  ffprobe: sample_rate=$rate bit_rate=$bitrate channels=$channels duration=$duration s"
if mpg123 -q -t "$preview" 2> "$work/mpg123.txt" && [[ ! -s $work/mpg123.txt ]]; then
    decodes=yes
else
    decodes=no
    sed 's/^/  mpg123: /' "$work/mpg123.txt"
fi
echo "  mpg123 -t: $([[ $decodes == yes ]] && echo "decodes without error" || echo "FAILED")"
[[ $rate == 22050 && $bitrate == 24000 && $channels == 2 && $decodes == yes ]] && verified=passed || verified=FAILED

ffmpeg_preview=$(cat "$work/ffmpeg-preview.result")
ffmpeg_ebur128=$(cat "$work/ffmpeg-ebur128.result")
echo
echo "360 s MP3 master, best of $runs after one warm-up; seconds (LAME: $(value lame))"
printf '%-32s %10s %10s\n' "" Backbeat "ffmpeg CLI"
printf '%-32s %10s %10s\n' "preview (22.05 kHz, 24 kb/s)" "$(value preview)" "$ffmpeg_preview"
printf '%-32s %10s %10s\n' "check (EBU R128, true peak)" "$(value check)" "$ffmpeg_ebur128"
printf '%-32s %10s %10s\n' "  integrated loudness, LUFS" "$(value lufs)" "$anchor_lufs"
printf '%-32s %10s %10s\n' "  true peak, dBTP" "$(value truepeak)" "$anchor_peak"
echo "(Backbeat: Transcoder.preview, MasterCheck.check; ffmpeg: -ar 22050 -b:a 24k, -af ebur128=peak=true+sample)"
awk -v b="$(value preview)" -v a="$ffmpeg_preview" 'BEGIN { printf "Backbeat speed = %.2f× the ffmpeg CLI (bar: ≥ 0.8×: %s)\n",
    a / b, (a / b >= 0.8 ? "met" : "MISSED") }'
awk -v b="$(value check)" -v a="$ffmpeg_ebur128" 'BEGIN { printf "Checker speed = %.2f× ffmpeg -af ebur128 (no bar)\n", a / b }'
echo "Master check: $(value verdict). Preview check: $verified (sample_rate=$rate, bit_rate=$bitrate, channels=$channels, mpg123 -t decodes: $decodes)"
echo "(JVM start-up is not counted for Backbeat: the JVM already ran; ffmpeg's times are whole processes.)"
[[ $verified == passed ]] || exit 1  # a preview the store could not serve fails the run
