#!/usr/bin/env bash
# Channel streams (GET /stream/channel/{slug}) under load, beside Debian's nginx as the anchor, in one run:
#   N listeners (5,000) across C channels (100), each reading what arrives, counted for SECONDS (60) once all are
#   connected; per-listener received rate (min, p1, median) against the stream's real-time rate (128 kb/s =
#   16,000 B/s), how many fell below it ("starved"), and the server's CPU over the same window. Bar: none starved.
#
#   bench/channels/run.sh                 starts its own server (run.sh --port-offset 2000, folder target/bench-channels)
#   LISTENERS=1000 CHANNELS=20 SECONDS_PER_RUN=30 bench/channels/run.sh
#
# The anchor: Icecast is not on this machine, so nginx serves a static 128 kb/s MP3 to as many listeners, each
# connection held to the real-time rate after the same 4-second burst (limit_rate_after, limit_rate): the cost of
# sending 80 MB/s to 5,000 slow sockets with sendfile and no encoding, sharing or metadata at all. Backbeat encodes
# nothing per listener either (one rendition per work, made once), but paces each channel frame by frame and writes
# every listener's bytes from a shared buffer through the servlet container.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/../.."
bench=channels
source bench/lib.sh
here=$root/bench/channels
listeners=${LISTENERS:-5000}
channels=${CHANNELS:-100}
seconds=${SECONDS_PER_RUN:-60}
ramp=${RAMP:-500}
settle=${SETTLE_SECONDS:-15}
rate=16000
offset=2000
http=http://localhost:$((8080 + offset))
nginx_port=$((18080 + offset))

needs ffmpeg curl java nginx

raise_descriptor_limit

# listen NAME PID-FILE URL…: runs the listeners, printing their progress; the server's CPU % over the counted window
# (of the processes named in PID-FILE, read when the window starts) goes to $work/NAME.cpu, the RESULT line to
# $work/NAME.result.
listen() {
    local name=$1 pids=$2
    shift 2
    java -Xmx1g "$here/ChannelListeners.java" "$listeners" "$seconds" "$rate" "$ramp" "$settle" "$@" |
        while IFS= read -r line; do
            case $line in
                WINDOW-START) cpu_ticks $(cat "$pids") > "$work/$name.cpu0"; date +%s%N > "$work/$name.t0" ;;
                WINDOW-END)
                    local used=$(($(cpu_ticks $(cat "$pids")) - $(cat "$work/$name.cpu0")))
                    local nanos=$(($(date +%s%N) - $(cat "$work/$name.t0")))
                    bc -l <<< "$used / $(getconf CLK_TCK) / ($nanos / 1000000000) * 100" > "$work/$name.cpu" ;;
                RESULT*) echo "$line" > "$work/$name.result" ;;
                *) echo "$line" ;;
            esac
        done
}

build
rm -rf "$root/target/bench-channels"
start_server target/bench-channels $offset
pgrep -f "java.*jboss.server.base.dir=$root/target/bench-channels" > "$work/backbeat.pids" \
    || fail "cannot find the server's JVM"

echo "== $channels channels of the demo catalogue's jazz (licensed for businesses)"
urls=()
for i in $(seq -w 1 "$channels"); do
    curl -fsS -u admin@backbeat.demo:demo-admin -H 'Content-Type: application/json' -o /dev/null \
        -d "{\"slug\": \"bench-$i\", \"title\": \"Bench $i\", \"genre\": \"Jazz\", \"kind\": \"RANDOM_GENRE\"}" \
        "$http/api/admin/channels"
    urls+=("$http/stream/channel/bench-$i")
done

echo "== nginx on :$nginx_port serving a 5-minute 128 kb/s MP3 at 16,000 B/s a connection after a 64,000-byte burst"
mkdir -p "$work/www"
ffmpeg -v error -f lavfi -i "sine=frequency=330:duration=300" -ac 2 -ar 44100 -c:a libmp3lame -b:a 128k \
    "$work/www/anchor.mp3"
chmod -R a+rX "$work/www"
start_nginx "$nginx_port" /anchor.mp3 "" "limit_rate_after 64000" "limit_rate $rate"
{ echo "$nginx_pid"; pgrep -P "$nginx_pid"; } > "$work/nginx.pids"
nginx_urls=()
for i in $(seq 1 "$channels"); do nginx_urls+=("http://127.0.0.1:$nginx_port/anchor.mp3"); done

echo "== Backbeat: $listeners listeners across $channels channels, $ramp new a second, counted for $seconds s"
listen backbeat "$work/backbeat.pids" "${urls[@]}"
echo "== nginx: the same"
listen nginx "$work/nginx.pids" "${nginx_urls[@]}"

read -r _ n b_min b_p1 b_median b_starved b_total < "$work/backbeat.result"
read -r _ _ x_min x_p1 x_median x_starved x_total < "$work/nginx.result"
echo
echo "== Channel streams: $n listeners across $channels channels, ${seconds} s, real time is $rate B/s"
printf '  %-9s received per listener min %6d B/s, p1 %6d, median %6d; starved %4d; server CPU %5.1f %%\n' \
    Backbeat "$b_min" "$b_p1" "$b_median" "$b_starved" "$(cat "$work/backbeat.cpu")" \
    nginx "$x_min" "$x_p1" "$x_median" "$x_starved" "$(cat "$work/nginx.cpu")"
printf '  Backbeat / nginx: median rate %.2fx, CPU %.1fx; bar: none starved (Backbeat: %d)\n' \
    "$(bc -l <<< "$b_median / $x_median")" "$(bc -l <<< "$(cat "$work/backbeat.cpu") / $(cat "$work/nginx.cpu")")" \
    "$b_starved"
