#!/usr/bin/env bash
# Catalogue search on a generated catalogue of 1,000,000 works (WORKS=… for another size): Backbeat's search
# (Hibernate Search + Lucene, over HTTP, JSON included) against PostgreSQL's own full-text search on the same
# rows (pgbench, no HTTP), side by side in one run, on PostgreSQL and on the embedded H2.
#
#   bench/search/run.sh              needs PostgreSQL at 127.0.0.1:5432 (trust auth), wrk and pgbench
#   SECONDS_PER_RUN=30 bench/search/run.sh
#
# Bar (issue 3): p95 ≤ 20 ms for typical searches on PostgreSQL. One client at a time, so the latency is the
# service time; the throughput line uses four clients.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here=$root/bench/search
out=$root/bench/target/search
works=${WORKS:-1000000}
seconds=${SECONDS_PER_RUN:-20}
offset=300
http=$((8080 + offset))
pg="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres"

for tool in wrk pgbench psql curl java; do
    command -v $tool >/dev/null || { echo "bench/search: '$tool' is missing (apt-get install wrk postgresql-client curl)" >&2; exit 1; }
done
[[ -f ear/target/backbeat.ear ]] || ./mvnw -B -q -DskipTests -pl ear -am install

rm -rf "$out" && mkdir -p "$out"
grep -v '^#' "$here/queries.txt" | cut -d'|' -f1 > "$out/searches.txt"

server=""
start() { # start BASE [run.sh options…]: Backbeat in the background, returns when it is ready
    local base=$1; shift
    ./run.sh --no-build --base "$base" --port-offset $offset "$@" \
        > "$base.console.log" 2>&1 &
    server=$!
    local since=$(date +%s)
    until grep -q "Backbeat is up" "$base.console.log"; do  # run.sh's own readiness wait, warm-up included
        kill -0 $server 2>/dev/null || { echo "Backbeat did not start: see $base.console.log" >&2; exit 1; }
        sleep 1
    done
    echo "  ready after $(($(date +%s) - since)) s"
}
stop() {
    kill -TERM $server 2>/dev/null || true
    wait $server 2>/dev/null || true
}
trap stop EXIT

measure() { # measure LABEL: p50 p95 p99 of Backbeat's search over HTTP, one client, then throughput with four
    SEARCHES=$out/searches.txt wrk -t2 -c2 -d20s -s "$here/measure.lua" "http://localhost:$http" >/dev/null  # warm-up: let the JIT compile the hot paths
    read -r p50 p95 p99 rps bad < <(SEARCHES=$out/searches.txt wrk -t1 -c1 -d${seconds}s -s "$here/measure.lua" \
        "http://localhost:$http" | tail -1)
    read -r _ _ _ rps4 bad4 < <(SEARCHES=$out/searches.txt wrk -t2 -c4 -d${seconds}s -s "$here/measure.lua" \
        "http://localhost:$http" | tail -1)
    ((bad + bad4 == 0)) || { echo "Backbeat answered $((bad + bad4)) searches with an error" >&2; exit 1; }
    printf '%s %s %s %s %s\n' "$p50" "$p95" "$p99" "$rps" "$rps4" > "$out/$1.result"
}

rebuild() {
    curl -fsS -u admin@backbeat.demo:demo-admin -X POST "http://localhost:$http/api/admin/search-index/rebuild" \
        | sed -E 's/.*"milliseconds":([0-9]+).*"indexed":([0-9]+).*/\1 ms, \2 works indexed/'
}

echo "== PostgreSQL: $works works"
$pg -d test -c "DROP DATABASE IF EXISTS backbeat_bench" -c "CREATE DATABASE backbeat_bench"
BACKBEAT_DB_USER=postgres BACKBEAT_DB_PASSWORD=bench start "$out/pg" --postgresql jdbc:postgresql://127.0.0.1:5432/backbeat_bench
echo "  generating the catalogue"
$pg -d backbeat_bench -v artists=$((works / 20)) -v albums=$((works * 3 / 20)) -v works=$works -f "$here/catalogue.sql"
echo "  rebuilding Backbeat's search index: $(rebuild)"
measure backbeat-pg
echo "  PostgreSQL full-text search: building the anchor's table and indexes"
$pg -d backbeat_bench -f "$here/anchor.sql"
i=0 scripts=()
while IFS='|' read -r _ where order; do
    i=$((i + 1))
    # A page and its total, as two statements: one window count(*) would lead the planner to walk a whole sort index.
    page="SELECT id, title, artist_id, artist, album_id, album, genre, release_year, duration_seconds, media_type,
       price_points, explicit, licensed_for_business FROM bench_work WHERE $where ORDER BY $order LIMIT 20"
    printf '%s;\nSELECT count(*) FROM bench_work WHERE %s;\n' "$page" "$where" \
        | sed 's/ OFFSET 400 LIMIT 20;/ LIMIT 20 OFFSET 400;/' > "$out/query$i.sql"
    scripts+=(-f "$out/query$i.sql")
done < <(grep -v '^#' "$here/queries.txt")
pgbench -n -h 127.0.0.1 -U postgres -c1 -j1 -T10 "${scripts[@]}" backbeat_bench >/dev/null  # warm-up: caches
(cd "$out" && pgbench -n -h 127.0.0.1 -U postgres -c1 -j1 -T"$seconds" -l --log-prefix=pgbench "${scripts[@]}" \
    backbeat_bench > pgbench.txt)
sort -n -k3 "$out"/pgbench.*[0-9] | awk -v out="$out/postgresql-fts.result" '{ t[NR] = $3 }
    END { printf "%.2f %.2f %.2f %.0f -\n", t[int(NR * .50)] / 1000, t[int(NR * .95)] / 1000, t[int(NR * .99)] / 1000,
          NR / '"$seconds"' > out }'
stop

echo "== H2 (embedded): the same $works works"
start "$out/h2"
stop
echo "  copying the catalogue from PostgreSQL"
for table in artist album work; do
    $pg -d backbeat_bench -c "\\copy (SELECT * FROM $table WHERE id > 1000000 ORDER BY id) TO '$out/$table.csv' WITH (FORMAT csv, HEADER)"
done
h2=$(ls wildfly-config/target/wildfly/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)
cat > "$out/import.sql" <<SQL
INSERT INTO artist SELECT * FROM CSVREAD('$out/artist.csv', NULL, 'charset=UTF-8');
INSERT INTO album SELECT * FROM CSVREAD('$out/album.csv', NULL, 'charset=UTF-8');
INSERT INTO work SELECT * FROM CSVREAD('$out/work.csv', NULL, 'charset=UTF-8');
SQL
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:$out/h2/data/backbeat/backbeat;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
    -user sa -password sa -script "$out/import.sql"
echo "  starting: the index disagrees with the database, so Backbeat rebuilds it before it is ready"
start "$out/h2"
measure backbeat-h2
stop

echo
echo "Catalogue search, $works works, one client; milliseconds (throughput: searches/s with one and four clients)"
printf '%-34s %8s %8s %8s %10s %10s\n' "" p50 p95 p99 "1 client" "4 clients"
for run in backbeat-pg:"Backbeat on PostgreSQL (HTTP)" postgresql-fts:"PostgreSQL full-text (pgbench)" \
           backbeat-h2:"Backbeat on H2 (HTTP)"; do
    read -r p50 p95 p99 rps rps4 < "$out/${run%%:*}.result"
    printf '%-34s %8s %8s %8s %10s %10s\n' "${run#*:}" "$p50" "$p95" "$p99" "$rps" "$rps4"
done
read -r _ backbeat _ < "$out/backbeat-pg.result"
read -r _ anchor _ < "$out/postgresql-fts.result"
awk -v b="$backbeat" -v a="$anchor" 'BEGIN { printf "p95 ratio Backbeat / PostgreSQL full-text: %.2f (bar: Backbeat p95 <= 20 ms: %s)\n",
    b / a, (b <= 20 ? "met" : "MISSED") }'
