#!/usr/bin/env bash
# Purchases per second on PostgreSQL, beside pgbench's TPC-B against the same PostgreSQL server in the same run.
# Backbeat runs on its own database (backbeat_bench, emptied first); CUSTOMERS new customers each register a
# player, buy 3,000 points with the sandbox's approving card and sign in to the site once; then THREADS clients
# buy every catalogue work for them (each purchase a real one: points debited, four accounts credited, a licence),
# the first half of the customers' purchases to warm the server up and the second half's measured, and the
# administrators' audit must find the ledger whole. The client also reads the server's CPU time per purchase
# from /proc: the number to watch when changing a purchase, as it barely moves with whatever else the machine does.
# pgbench then runs TPC-B (scale 10) on its own database with as many clients, for as long.
#
#   bench/purchase/run.sh                    starts its own server (run.sh --port-offset 660, folder target/bench-purchase)
#   CUSTOMERS=100 THREADS=16 bench/purchase/run.sh
#   PGURL=postgresql://postgres@127.0.0.1:5432 (default)
#   OFFSET=3000 bench/purchase/run.sh       another port offset (660 by default), beside another server
#
# Bar (issue 5): purchases per second >= 0.5x pgbench's transactions per second, zero ledger errors.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/../.."
bench=purchase
source bench/lib.sh
customers=${CUSTOMERS:-400}
threads=${THREADS:-32}
pg=${PGURL:-postgresql://postgres@127.0.0.1:5432}
offset=${OFFSET:-660}
http=http://localhost:$((8080 + offset))

needs psql pgbench java
for db in backbeat_bench backbeat_pgbench; do
    psql -q "$pg/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done
build
classpath=$(protocol_classpath)
rm -rf target/bench-purchase
BACKBEAT_DB_USER=postgres BACKBEAT_DB_PASSWORD=backbeat start_server target/bench-purchase $offset \
    --postgresql jdbc:postgresql://127.0.0.1:5432/backbeat_bench

echo "== Backbeat: $customers customers, $threads clients buying"
server_pid=$(pgrep -f "^java.*jboss.server.base.dir=$server_base")
result=$(java -cp "$classpath" bench/purchase/PurchaseBench.java "$http" "$customers" "$threads" "$server_pid")
echo "$result"
purchases_per_second=$(sed -n 's/^purchases per second: //p' <<< "$result")
seconds=$(sed -n 's/^seconds: //p' <<< "$result")

echo "== pgbench TPC-B, scale 10, $threads clients, ${seconds}s, same PostgreSQL server"
pgbench -q -i -s 10 "$pg/backbeat_pgbench" 2>/dev/null
tps=$(pgbench -c "$threads" -j 2 -T "$seconds" "$pg/backbeat_pgbench" 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
echo "pgbench transactions per second: $tps"
awk -v p="$purchases_per_second" -v t="$tps" \
    'BEGIN { printf "ratio: %.3fx pgbench (bar: >= 0.5x)\n", p / t }'
