#!/usr/bin/env bash
# Encrypted purchase downloads against plain downloads of the same bytes from the same server. A 10-minute 320 kb/s
# MP3 goes through the upload pipeline; a new customer registers a player, buys it, and downloads it sealed for that
# player (/stream/purchase: OpenPGP, AES-256 + MDC, signed by the store, over HTTPS) and then plain, through
# Undertow's own file handler that this script adds to the same server (also HTTPS), one after the other, RUNS times
# after WARMUPS not counted; first with Java's HttpClient (what the player uses), then with curl (OpenSSL), as the Java
# client alone can be the plain download's bottleneck.
#
#   bench/delivery/run.sh            starts its own server (run.sh --port-offset 650, folder target/bench-delivery)
#   RUNS=15 WARMUPS=4 bench/delivery/run.sh
#
# Bar (issue 6): the sealed download's throughput >= 0.7x the plain one's, from each first byte to the last (the
# time to the first byte, the request's fixed cost, is printed beside it).
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/../.."
bench=delivery
source bench/lib.sh
runs=${RUNS:-9}
# 16 of each first, not counted: after 4, C2 was still compiling with a third of the server's CPU while the counted
# downloads ran (async-profiler, 6 December), and the sealed path has far more code to compile than the plain one.
warmups=${WARMUPS:-16}
offset=650
http=http://localhost:$((8080 + offset))
https=https://localhost:$((8443 + offset))

needs ffmpeg curl java
build
classpath=$(protocol_classpath)
# A fresh server each run: the last run's file handler points at a folder that is gone.
rm -rf target/bench-delivery
start_server target/bench-delivery $offset

echo "== A 10-minute 320 kb/s master through the upload pipeline"
mkdir -p "$work/plain"
ffmpeg -v error -f lavfi -i "sine=frequency=330:duration=600" -f lavfi -i "anoisesrc=d=600:a=0.05" \
    -filter_complex amix=inputs=2 -ac 2 -ar 44100 -c:a libmp3lame -b:a 320k "$work/plain/master.mp3"
id=$(sell "$http" "Bench Delivery" "$work/plain/master.mp3")

echo "== The same bytes served plain by Undertow's file handler in the same server: $https/bench-plain/master.mp3"
wildfly-config/target/wildfly/bin/jboss-cli.sh --connect --controller=localhost:$((9990 + offset)) --commands="\
/subsystem=undertow/configuration=handler/file=bench-plain:add(path=\"$work/plain\"),\
/subsystem=undertow/server=default-server/host=default-host/location=\"/bench-plain\":add(handler=bench-plain)" >/dev/null

echo "== $runs downloads of each, one after the other (a new ticket for every sealed one), after $warmups of each not counted"
java -cp "$classpath" bench/delivery/DeliveryBench.java "$https" "$id" "$work/plain/master.mp3" "$runs" "$warmups" \
    | tee "$work/bench.out" | grep -v '^RATIO'
read -r _ java_ratio curl_ratio < <(grep '^RATIO' "$work/bench.out")
echo
printf '== Sealed download against plain, same server: %.2fx with Java'"'"'s HttpClient, %.2fx with curl (bar >= 0.7x)\n' \
    "$java_ratio" "$curl_ratio"
