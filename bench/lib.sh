# Sourced by the bench/*/run.sh scripts: one way to check their tools, build what is missing, run a Backbeat of
# their own and put a master on sale. The caller sets `set -euo pipefail`, cds to the checkout and names itself:
#   bench=delivery; source bench/lib.sh

root=$(pwd)
work=$(mktemp -d -t "backbeat-$bench.XXXXXX")
chmod 755 "$work"
server_base=""
server=""

# The bench's own clean-up, run before the server is stopped and the work folder removed (nginx, for one).
bench_cleanup() { :; }

trap '_bench_exit' EXIT
_bench_exit() {
    local status=$?
    bench_cleanup || true
    if [[ -n $server ]]; then
        ((status == 0)) || { echo "== the server's last words:"; tail -15 "$work/server.log"; } >&2
        pkill -f "jboss.server.base.dir=$server_base" || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}

fail() {
    echo "bench/$bench: $*" >&2
    exit 1
}

# needs TOOL…: each on the PATH (or in /usr/sbin), or the bench stops here saying which is missing.
needs() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || fail "'$tool' is missing (see the script's header)"
    done
}

# build: the EAR and the protocol jar, unless they are there. `package`, never `install`: another checkout's tests
# may be reading ~/.m2's snapshots.
build() {
    [[ -f ear/target/backbeat.ear && -f protocol/target/backbeat-protocol-0.1.0-SNAPSHOT.jar ]] \
        || ./mvnw -B -q -DskipTests -pl ear -am package
}

# protocol_classpath: the protocol jar and its libraries, for a bench's Java client.
protocol_classpath() {
    ./mvnw -B -q dependency:build-classpath -pl protocol -Dmdep.outputFile="$work/classpath" >/dev/null
    echo "protocol/target/backbeat-protocol-0.1.0-SNAPSHOT.jar:$(cat "$work/classpath")"
}

# start_server BASE OFFSET [run.sh options…]: Backbeat from the last build in the background, its files in BASE
# (target/bench-NAME; the caller decides whether it starts fresh), returning once run.sh says it is up.
start_server() {
    local base=$1 offset=$2
    shift 2
    server_base=$root/$base
    echo "== Starting a server: ./run.sh --no-build --base $base --port-offset $offset $* (log: $work/server.log)"
    ./run.sh --no-build --base "$server_base" --port-offset "$offset" "$@" > "$work/server.log" 2>&1 &
    server=$!
    until grep -q "Backbeat is up" "$work/server.log"; do  # run.sh's own readiness wait, warm-up included
        kill -0 "$server" 2>/dev/null || fail "the server stopped"
        sleep 1
    done
}

# sell HTTP TITLE FILE: uploads the master as the demo musician and prints the work's id once it is on sale.
sell() {
    local http=$1 title=$2 file=$3 answer id state=""
    answer=$(curl -sS -u musician@backbeat.demo:demo-musician -H "Content-Type: audio/mpeg" --data-binary "@$file" \
        "$http/api/uploads?title=${title// /+}+$RANDOM&genre=Electronic&price=5")
    id=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' <<< "$answer")
    [[ -n $id ]] || fail "the upload was refused: $answer"
    until [[ $state == AVAILABLE ]]; do
        sleep 0.5
        state=$(curl -sS -u musician@backbeat.demo:demo-musician "$http/api/uploads/$id" \
            | sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p')
        [[ $state == REJECTED || $state == FAILED ]] && fail "upload $id ended $state"
    done
    echo "$id"
}

# Each listener is a socket in the client and one in the server (each process has its own descriptor limit): raises
# the limit as far as allowed, and lowers the caller's $listeners to what the limit allows.
raise_descriptor_limit() {
    ulimit -n "$(ulimit -Hn)"
    if (($(ulimit -n) < listeners + 2000)); then
        listeners=$(($(ulimit -n) - 2000))
        echo "bench/$bench: the descriptor limit ($(ulimit -n)) allows $listeners listeners"
    fi
}
