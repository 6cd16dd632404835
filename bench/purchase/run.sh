#!/usr/bin/env bash
# Purchases per second on PostgreSQL, beside pgbench's TPC-B against the same PostgreSQL server in the same run.
# Backbeat runs on its own database (backbeat_bench, emptied first). PurchaseBench.java makes CUSTOMERS new customers
# (each registers a player, buys 3,000 points with the sandbox's approving card and signs in to the site once); then
# wrk, as light a client as pgbench's own, buys catalogue works for them from CONNECTIONS connections, each purchase
# a real one (points debited, three accounts credited, a licence, its own Idempotency-Key): WARM_UP seconds not
# counted (HotSpot is still compiling a purchase's path after the first ten thousand), then DURATION seconds counted,
# with the server's CPU time read from /proc around them (the number to watch when changing a purchase: it barely
# moves with whatever else the machine does); then signed-in GET /api/me as long (the floor under any request:
# session, Elytron, RESTEasy, one row, JSON), and the administrators' audit must find the ledger whole. pgbench then
# runs TPC-B (scale 10) on its own database with as many clients, for as long; and again with statements.sql, the
# statements a purchase sends, on a copy of Backbeat's database (what the database alone would allow a purchase if
# the server cost nothing), and with statements-trimmed.sql, the same work in the fewest statements.
#
#   bench/purchase/run.sh                    starts its own server (run.sh --port-offset 660, folder target/bench-purchase)
#   CUSTOMERS=1500 WARM_UP=30 DURATION=15 CONNECTIONS=32 bench/purchase/run.sh   (the defaults)
#   PGURL=postgresql://postgres@127.0.0.1:5432 (default)
#   OFFSET=3000 bench/purchase/run.sh       another port offset (660 by default), beside another server
# The players' public keys are kept in target/bench-purchase-keys for the next run.
#
# Bar (issue 5): purchases per second >= 0.5x pgbench's transactions per second, zero ledger errors.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/../.."
bench=purchase
source bench/lib.sh
here=bench/purchase
customers=${CUSTOMERS:-1500}
warm_up=${WARM_UP:-30}
duration=${DURATION:-15}
connections=${CONNECTIONS:-32}
pg=${PGURL:-postgresql://postgres@127.0.0.1:5432}
offset=${OFFSET:-660}
http=http://localhost:$((8080 + offset))

needs psql pgbench java wrk curl
for db in backbeat_bench backbeat_pgbench backbeat_statements; do
    psql -q "$pg/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done
build
classpath=$(protocol_classpath)
rm -rf target/bench-purchase
BACKBEAT_DB_USER=postgres BACKBEAT_DB_PASSWORD=backbeat start_server target/bench-purchase $offset \
    --postgresql jdbc:postgresql://127.0.0.1:5432/backbeat_bench
server_pid=$(pgrep -f "^java.*jboss.server.base.dir=$server_base")

echo "== Making $customers customers"
java -cp "$classpath" $here/PurchaseBench.java "$http" "$customers" "$work" target/bench-purchase-keys
lines=$(wc -l < "$work/purchases.txt")
head -n $((lines / 2)) "$work/purchases.txt" > "$work/warm-up.txt"
tail -n +$((lines / 2 + 1)) "$work/purchases.txt" > "$work/measured.txt"

# load MODE FILE PHASE SECONDS: wrk with load.lua, printing its summary line and the server's CPU ms per answer.
load() {
    local before after summary answered
    before=$(cpu_ticks "$server_pid")
    summary=$(wrk -t2 -c"$connections" -d"$4"s -s $here/load.lua "$http" -- "$1" "$2" "$3" 2 | grep '^answered=')
    after=$(cpu_ticks "$server_pid")
    answered=$(sed -n 's/.*answered=\([0-9]*\).*/\1/p' <<< "$summary")
    awk -v s="$summary" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v a="$answered" 'BEGIN {
        split(s, f, /[ =]/); printf "%s per_second=%.1f server_cpu_ms=%.2f\n", s, a / f[8], t * 1000 / hz / a }'
}

echo "== Warming up: purchases for ${warm_up} s, not counted"
load buy "$work/warm-up.txt" warm-up "$warm_up"
echo "== Purchases, wrk -t2 -c$connections, ${duration} s"
bought=$(load buy "$work/measured.txt" measured "$duration")
echo "$bought"
grep -q ' refused=0 ran_out=0 ' <<< "$bought" \
    || fail "some purchases were refused or the customers' purchases ran out (more CUSTOMERS?)"
purchases_per_second=$(sed -n 's/.*per_second=\([0-9.]*\).*/\1/p' <<< "$bought")
echo "== For comparison, signed-in GET /api/me, ${duration} s"
load me "$work/sessions.txt" me "$duration"

audit=$(curl -sS -u admin@backbeat.demo:demo-admin "$http/api/admin/ledger/audit")
for whole in '"postingsSum":0,' '"mismatches":[]' '"unbalancedEntries":[]' '"overdrawn":[]'; do
    [[ $audit == *"$whole"* ]] || fail "the ledger audit is not whole: $audit"
done
echo "ledger audit: whole (sum 0, no mismatch, no unbalanced entry, nobody overdrawn)"

echo "== pgbench TPC-B, scale 10, $connections clients, ${duration}s, same PostgreSQL server"
pgbench -q -i -s 10 "$pg/backbeat_pgbench" 2>/dev/null
tps=$(pgbench -c "$connections" -j 2 -T "$duration" "$pg/backbeat_pgbench" 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
echo "pgbench transactions per second: $tps"

echo "== pgbench with a purchase's statements ($here/statements.sql) on a copy of Backbeat's database"
stop_server
psql -q "$pg/postgres" -c "DROP DATABASE backbeat_statements" \
    -c "CREATE DATABASE backbeat_statements TEMPLATE backbeat_bench"
# One customer buys the same work more than once here: the once-a-customer rule gives way to a plain index.
psql -q "$pg/backbeat_statements" -c "ALTER TABLE licence DROP CONSTRAINT licence_once_per_customer" \
    -c "CREATE INDEX licence_by_customer_and_work ON licence (customer_id, work_id)"
read -r customer_first customer_last < <(psql -At -F ' ' "$pg/backbeat_statements" \
    -c "SELECT min(owner_id), max(owner_id) FROM ledger_account WHERE kind = 'CUSTOMER' AND balance > 1000")
read -r work_first work_last < <(psql -At -F ' ' "$pg/backbeat_statements" -c "SELECT min(id), max(id) FROM work")
read -r retailer distributor artist < <(psql -At -F ' ' "$pg/backbeat_statements" -c "SELECT
    (SELECT id FROM ledger_account WHERE kind = 'RETAILER'), (SELECT id FROM ledger_account WHERE kind = 'DISTRIBUTOR'),
    (SELECT min(id) FROM ledger_account WHERE kind = 'ARTIST')")
# statements_tps SCRIPT: pgbench's transactions per second running SCRIPT on the copy.
statements_tps() {
    pgbench -n -M prepared -c "$connections" -j 2 -T "$duration" -f "$1" -D customer_first="$customer_first" \
        -D customer_last="$customer_last" -D work_first="$work_first" -D work_last="$work_last" \
        -D retailer="$retailer" -D distributor="$distributor" -D artist="$artist" "$pg/backbeat_statements" \
        2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}
statements=$(statements_tps $here/statements.sql)
echo "a purchase's statements alone, transactions per second: $statements"
trimmed=$(statements_tps $here/statements-trimmed.sql)
echo "the same trimmed to nine statements ($here/statements-trimmed.sql): $trimmed"

awk -v p="$purchases_per_second" -v t="$tps" -v s="$statements" -v m="$trimmed" 'BEGIN {
    printf "ratio: %.3fx pgbench (bar: >= 0.5x); the database alone would allow %.3fx, %.3fx trimmed\n",
        p / t, s / t, m / t }'
