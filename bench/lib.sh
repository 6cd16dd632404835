# Sourced by the bench/*/run.sh scripts: one way to check their tools, build what is missing, run a Backbeat of
# their own and put a master on sale. The caller sets `set -euo pipefail`, cds to the checkout and names itself:
#   bench=delivery; source bench/lib.sh

root=$(pwd)
work=$(mktemp -d -t "backbeat-$bench.XXXXXX")
chmod 755 "$work"
server_base=""
server=""
nginx_pid=""

trap '_bench_exit' EXIT
_bench_exit() {
    local status=$?
    [[ -z $nginx_pid ]] || kill "$nginx_pid" 2>/dev/null || true
    if [[ -n $server ]]; then
        ((status == 0)) || { echo "== the server's last words:"; tail -15 "$work/server.log"; } >&2
        stop_server
    fi
    rm -rf "$work"
}

# stop_server: stops the server start_server started, and waits until it has.
stop_server() {
    pkill -f "jboss.server.base.dir=$server_base" || true
    wait "$server" 2>/dev/null || true
    server=""
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

# cpu_ticks PID…: user + system clock ticks (getconf CLK_TCK a second) the processes have used so far: fields 14 and
# 15 of /proc/PID/stat, counted after the command name, which may hold spaces.
cpu_ticks() {
    local pid stat total=0
    for pid in "$@"; do
        stat=$(< "/proc/$pid/stat")
        read -r -a stat <<< "${stat##*) }"
        total=$((total + stat[11] + stat[12]))
    done
    echo "$total"
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

# start_nginx PORT PROBE LISTEN_OPTIONS [DIRECTIVE…]: Debian's nginx, the anchor, serving $work/www on
# 127.0.0.1:PORT (sendfile, no access log, MP3 as audio/mpeg, room for $listeners connections), with LISTEN_OPTIONS on
# its listen line and each DIRECTIVE in its server block; returns once PROBE (a path) answers, sets nginx_pid and
# stops it however the script ends.
start_nginx() {
    local port=$1 probe=$2 listen_options=$3 nginx_bin directive directives=""
    shift 3
    nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
    for directive in "$@"; do
        directives+="        $directive;"$'\n'
    done
    mkdir -p "$work/nginx-tmp"
    cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
worker_rlimit_nofile $(ulimit -n);
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections $((listeners + 1000)); }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    types { audio/mpeg mp3; }
    default_type audio/mpeg;
    client_body_temp_path $work/nginx-tmp;
    proxy_temp_path $work/nginx-tmp;
    fastcgi_temp_path $work/nginx-tmp;
    uwsgi_temp_path $work/nginx-tmp;
    scgi_temp_path $work/nginx-tmp;
    server {
        listen 127.0.0.1:$port backlog=4096 $listen_options;
        root $work/www;
$directives    }
}
NGINX
    "$nginx_bin" -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' 2> "$work/nginx.log" &
    nginx_pid=$!
    until curl -fs -o /dev/null -r 0-99 "http://127.0.0.1:$port$probe"; do
        kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/nginx.log"; fail "nginx did not start"; }
        sleep 0.2
    done
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
