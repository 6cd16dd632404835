#!/usr/bin/env bash
# The preview stream (GET /stream/preview/{work}) against Debian's nginx serving the same file, side by side in one
# run on this machine:
#   (a) whole-file GETs with wrk: bytes/s, Backbeat / nginx (bar: >= 0.9x);
#   (b) N listeners reading at the preview's real-time rate, 3 KB/s (SlowListeners.java): time to first byte and
#       starved listeners; p99 first byte, Backbeat / nginx (bar: <= 1.5x, none starved).
#
#   bench/preview/run.sh                 starts its own server (run.sh --port-offset 700, folder target/bench-preview)
#   LISTENERS=2000 SECONDS_PER_RUN=30 WARM_UP_SECONDS=10 bench/preview/run.sh
#
# Both servers get the same 64 KB socket send buffer and backlog, so neither can park a whole preview in the
# kernel for each listener (loopback would allow ~1.4 MB a socket, gigabytes for 10,000 listeners). The preview rate
# limit is raised for this server only: every listener comes from 127.0.0.1.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/../.."
bench=preview
source bench/lib.sh
here=$root/bench/preview
listeners=${LISTENERS:-10000}
seconds=${SECONDS_PER_RUN:-20}
listen_seconds=${LISTEN_SECONDS:-60}
warm_up=${WARM_UP_SECONDS:-30}
offset=700
http=http://localhost:$((8080 + offset))
management=$((9990 + offset))
nginx_port=$((18080 + offset))

needs ffmpeg curl java wrk nginx

raise_descriptor_limit

build

# The bench server's own configuration: the template's, with the listener's send buffer and backlog set (a reload
# through the CLI would do the same, but can take longer than the CLI waits on a busy machine).
base=$root/target/bench-preview
rm -rf "$base/configuration" && mkdir -p "$base"
cp -r wildfly-config/target/wildfly/standalone/configuration "$base/"
sed -i 's#<http-listener name="default" #<http-listener name="default" send-buffer="65536" tcp-backlog="4096" #' \
    "$base/configuration/standalone.xml"
grep -q 'send-buffer="65536"' "$base/configuration/standalone.xml" || fail "could not set the listener's send buffer"

BACKBEAT_PREVIEW_RATE_LIMIT_PER_MINUTE=100000000 start_server target/bench-preview $offset

echo "== A 5-minute master through the upload pipeline; its preview is what both servers send"
ffmpeg -v error -f lavfi -i "sine=frequency=440:duration=300" -f lavfi -i "anoisesrc=d=300:a=0.05" \
    -filter_complex amix=inputs=2 -ac 2 -ar 44100 -c:a libmp3lame -b:a 128k "$work/master.mp3"
id=$(sell "$http" "Bench Preview" "$work/master.mp3")
mkdir -p "$work/www/stream/preview"
curl -fsS "$http/stream/preview/$id" -o "$work/www/stream/preview/$id"
chmod -R a+rX "$work/www"
size=$(stat -c %s "$work/www/stream/preview/$id")
echo "  work $id, preview $size bytes"

echo "== nginx on :$nginx_port serving the same file (sendfile, no access log)"
start_nginx "$nginx_port" "/stream/preview/$id" sndbuf=64k "add_header Cache-Control no-store" "etag on"
cmp <(curl -fsS "$http/stream/preview/$id") "$work/www/stream/preview/$id"

backbeat_url=$http/stream/preview/$id
nginx_url=http://127.0.0.1:$nginx_port/stream/preview/$id

throughput() { # throughput URL: bytes/s of whole-file GETs, 8 connections
    local line
    line=$(wrk -t2 -c8 -d${seconds}s -s "$here/bytes.lua" "$1" | grep '^BYTES')
    read -r _ bytes requests bad errors <<< "$line"
    ((bad == 0 && errors == 0)) || { echo "bench/preview: $1 answered $bad errors, $errors failed" >&2; exit 1; }
    echo "$bytes $requests"
}

# A server runs for days: HotSpot is still compiling the request's path for the first twenty seconds or so of
# this load (a fifth of the CPU went to C2 after 10 s), which is no cost a running server pays.
echo "== (a) whole-file GETs, wrk -t2 -c8, ${seconds} s each (Backbeat warmed up for ${warm_up} s first)"
wrk -t2 -c8 -d${warm_up}s "$backbeat_url" > /dev/null
read -r backbeat_bytes backbeat_requests < <(throughput "$backbeat_url")
read -r nginx_bytes nginx_requests < <(throughput "$nginx_url")
printf '  Backbeat %8.1f MB/s (%d requests)\n  nginx    %8.1f MB/s (%d requests)\n' \
    "$(bc -l <<< "$backbeat_bytes / 1000000")" "$backbeat_requests" "$(bc -l <<< "$nginx_bytes / 1000000")" "$nginx_requests"

java "$here/SlowListeners.java" "$backbeat_url" 200 5 >/dev/null  # a first, small round: warms Backbeat up for it
slow() { # slow URL: the RESULT line of SlowListeners
    java -Xmx512m "$here/SlowListeners.java" "$1" "$listeners" "$listen_seconds" 3000 1000 | tee "$work/slow.out" \
        | grep -v '^RESULT' >&2
    grep '^RESULT' "$work/slow.out"
}
echo "== (b) $listeners listeners at 3 KB/s for $listen_seconds s each, opened 1,000 a second"
echo "  Backbeat:"
read -r _ backbeat_n backbeat_p50 backbeat_p99 backbeat_max backbeat_starved _ < <(slow "$backbeat_url")
sleep 5
echo "  nginx:"
read -r _ nginx_n nginx_p50 nginx_p99 nginx_max nginx_starved _ < <(slow "$nginx_url")

echo
echo "== Preview stream, Backbeat against nginx (same file, $size bytes, same machine, same run)"
printf '  (a) whole-file throughput: Backbeat %.1f MB/s, nginx %.1f MB/s: ratio %.2fx (bar >= 0.9x)\n' \
    "$(bc -l <<< "$backbeat_bytes / 1000000")" "$(bc -l <<< "$nginx_bytes / 1000000")" \
    "$(bc -l <<< "$backbeat_bytes / $nginx_bytes")"
printf '  (b) %d listeners at 3 KB/s: first byte p99 Backbeat %s ms (p50 %s, max %s), nginx %s ms (p50 %s, max %s):' \
    "$listeners" "$backbeat_p99" "$backbeat_p50" "$backbeat_max" "$nginx_p99" "$nginx_p50" "$nginx_max"
printf ' ratio %.2fx (bar <= 1.5x); starved: Backbeat %s, nginx %s (bar: 0)\n' \
    "$(bc -l <<< "$backbeat_p99 / $nginx_p99")" "$backbeat_starved" "$nginx_starved"
