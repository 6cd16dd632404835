#!/usr/bin/env bash
# A 4-minute track from the end of its upload to AVAILABLE, through the real pipeline (JMS, checker, transcoder,
# database) of a real server, next to the ffmpeg CLI doing the same work on the same file one step after another:
# the EBU R128 check, the preview, and for a lossless master the store's 320 kb/s MP3.
#
#   bench/upload/run.sh                          starts its own server (run.sh --port-offset 500, folder
#                                                target/bench-upload) and stops it afterwards; about two minutes
#   RUNS=5 bench/upload/run.sh
#   BACKBEAT=http://localhost:8080 bench/upload/run.sh    against a server that is already running
#
# Bar (issue 4): AVAILABLE within 3 s of the upload finishing. The clock starts when the 202 answer arrives (the
# bytes are stored and the message is queued) and stops when a status poll (every 20 ms) first says AVAILABLE.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/../.."
bench=upload
source bench/lib.sh
runs=${RUNS:-3}
musician=musician@backbeat.demo:demo-musician

needs ffmpeg curl java
if [[ -z ${BACKBEAT:-} ]]; then
    BACKBEAT=http://localhost:8580
    build
    start_server target/bench-upload 500
fi
curl -sf -o /dev/null "$BACKBEAT/api/catalog/works?size=1" || { echo "bench/upload: no Backbeat at $BACKBEAT" >&2; exit 1; }

seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
stats() { # the best and the median of the numbers on stdin
    sort -n | awk '{ v[NR] = $1 } END { printf "%.3f %.3f\n", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# upload KIND FILE TYPE: uploads FILE and prints the seconds from the 202 to AVAILABLE
upload() {
    local answer id start state=""
    answer=$(curl -sS -u "$musician" -H "Content-Type: $3" --data-binary "@$2" \
        "$BACKBEAT/api/uploads?title=Bench+$1+$RANDOM&genre=Electronic&price=5")
    start=$EPOCHREALTIME
    id=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' <<< "$answer")
    [[ -n $id ]] || { echo "bench/upload: the upload was refused: $answer" >&2; exit 1; }
    until [[ $state == AVAILABLE ]]; do
        state=$(curl -sS -u "$musician" "$BACKBEAT/api/uploads/$id" | sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p')
        [[ $state == REJECTED || $state == FAILED ]] && { echo "bench/upload: upload $id ended $state" >&2; exit 1; }
        [[ $state == AVAILABLE ]] || sleep 0.02
    done
    seconds "$start" "$EPOCHREALTIME"
}

# anchor FILE LOSSLESS: the same work done by the ffmpeg CLI, one step after another, in seconds
anchor() {
    local start=$EPOCHREALTIME
    ffmpeg -v error -nostats -i "$1" -af ebur128=peak=true+sample -f null -
    ffmpeg -v error -y -i "$1" -ar 22050 -b:a 24k "$work/anchor-preview.mp3"
    [[ $2 == yes ]] && ffmpeg -v error -y -i "$1" -ar 44100 -b:a 320k "$work/anchor-sold.mp3"
    seconds "$start" "$EPOCHREALTIME"
}

# master NAME N CODEC…: a 4-minute stereo master, its tone shifted by N so that no two uploads are the same bytes
master() {
    local name=$1 n=$2; shift 2
    ffmpeg -v error -y -f lavfi -i "aevalsrc=0.3*sin(2*PI*(220+$n)*t)+0.1*sin(2*PI*330*t)*sin(t)+0.05*(random(0)-0.5)|0.3*sin(2*PI*(277+$n)*t)+0.05*(random(1)-0.5):d=240:s=44100" \
        "$@" "$work/$name"
    echo "$work/$name"
}

printf '\n%-28s %16s %16s %8s\n' "4-minute master, $runs runs" "Backbeat (best/median)" "ffmpeg CLI" "ratio"
for kind in mp3 wav; do
    backbeat=() cli=()
    for ((i = 0; i < runs + 1; i++)); do   # the first run warms the server up and is not counted
        if [[ $kind == mp3 ]]; then
            file=$(master "m$i.mp3" "$i.$RANDOM" -c:a libmp3lame -b:a 320k); type=audio/mpeg lossless=no
        else
            file=$(master "w$i.wav" "$i.$RANDOM" -c:a pcm_s16le); type=audio/wav lossless=yes
        fi
        time=$(upload "$kind" "$file" "$type")
        anchor_time=$(anchor "$file" "$lossless")
        ((i == 0)) || { backbeat+=("$time"); cli+=("$anchor_time"); }
        rm -f "$file"
    done
    read -r best median < <(printf '%s\n' "${backbeat[@]}" | stats)
    read -r cli_best cli_median < <(printf '%s\n' "${cli[@]}" | stats)
    label=$([[ $kind == mp3 ]] && echo "MP3 320 kb/s" || echo "WAV 16-bit (+320 kb/s MP3)")
    printf '%-28s %8s /%6s s %8s /%6s s %7.2f×   bar ≤ 3 s: %s\n' "$label" "$best" "$median" "$cli_best" "$cli_median" \
        "$(awk -v a="$cli_median" -v b="$median" 'BEGIN { print a / b }')" \
        "$(awk -v m="$median" 'BEGIN { print (m <= 3 ? "met" : "MISSED") }')"
done
echo "(Backbeat: 202 answer → AVAILABLE, polled every 20 ms; ffmpeg CLI: ebur128 check + preview [+ 320 kb/s MP3],"
echo " one process after another; ratio = ffmpeg's median / Backbeat's median, above 1 means Backbeat is faster)"
