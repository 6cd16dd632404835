#!/usr/bin/env bash
# Runs Backbeat: builds what it needs, then starts the provisioned WildFly in the foreground with the EAR
# deployed, and prints where everything is once it answers. Ctrl+C stops it.
#
#   ./run.sh                          embedded H2 database (kept in target/run between runs)
#   ./run.sh --postgresql             PostgreSQL at jdbc:postgresql://127.0.0.1:5432/backbeat
#   ./run.sh --postgresql URL         PostgreSQL at URL (user/password from BACKBEAT_DB_USER / BACKBEAT_DB_PASSWORD)
#   ./run.sh --port-offset 100        every port moved up by 100 (8180, 8543, 10090, 8189)
#   ./run.sh --no-build               start what was built last
#   ./run.sh --base DIR               keep the server's configuration, database and logs in DIR (default target/run)
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

fail() {
    echo "run.sh: $*" >&2
    exit 1
}

db_url="" offset=0 build=true base=$root/target/run
while (($#)); do
    case $1 in
        --postgresql)
            db_url=${BACKBEAT_DB_URL:-jdbc:postgresql://127.0.0.1:5432/backbeat}
            if [[ ${2:-} == jdbc:* ]]; then db_url=$2; shift; fi ;;
        --port-offset)
            [[ ${2:-} =~ ^[0-9]+$ ]] || fail "--port-offset needs a number, for example --port-offset 100"
            offset=$2; shift ;;
        --no-build) build=false ;;
        --base)
            [[ -n ${2:-} ]] || fail "--base needs a folder, for example --base /tmp/backbeat"
            mkdir -p "$2" && base=$(cd "$2" && pwd); shift ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown option '$1' (see ./run.sh --help)" ;;
    esac
    shift
done

command -v java >/dev/null || fail "no 'java' on the PATH: install a JDK 17 or newer."
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
((${java_major%%.*} >= 17)) || fail "Java $java_major found; Backbeat needs Java 17 or newer."

# Fail fast, before building or booting anything, on what would otherwise fail slowly.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http=$((8080 + offset)) https=$((8443 + offset)) management=$((9990 + offset)) sandbox=$((8089 + offset))
for port in $http $https $management $sandbox; do
    if port_taken "$port"; then
        fail "port $port is already in use (another WildFly, or Backbeat already running?).
        Stop whatever listens there (see: ss -ltnp 'sport = :$port'), or move Backbeat with --port-offset 100."
    fi
done

db_args=()
if [[ -n $db_url ]]; then
    hostport=$(sed -E 's#^jdbc:postgresql://([^/?]*).*#\1#' <<<"$db_url")
    host=${hostport%%:*} port=${hostport##*:}
    [[ $port == "$hostport" ]] && port=5432
    if ! timeout 3 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null; then
        fail "PostgreSQL does not answer at $host:$port ($db_url).
        Start PostgreSQL there, or give the right address: ./run.sh --postgresql jdbc:postgresql://HOST:PORT/DB"
    fi
    db_args=(-Dbackbeat.db.driver=postgresql "-Dbackbeat.db.url=$db_url"
             "-Dbackbeat.db.user=${BACKBEAT_DB_USER:-backbeat}" "-Dbackbeat.db.password=${BACKBEAT_DB_PASSWORD:-backbeat}")
fi

server=$root/wildfly-config/target/wildfly
ear=$root/ear/target/backbeat.ear
if $build; then
    echo "Building Backbeat (the first build downloads WildFly and the dependencies; later ones take seconds)..."
    ./mvnw -B -q -DskipTests -pl ear -am install
fi
[[ -f $ear && -d $server ]] || fail "nothing built yet: run ./run.sh without --no-build."

# The server's own base directory: configuration, database, logs and deployments survive restarts.
if [[ ! -f $base/configuration/standalone.xml || $server/.backbeat-provisioned -nt $base/configuration/standalone.xml ]]; then
    mkdir -p "$base"
    cp -r "$server/standalone/configuration" "$base/"
fi
mkdir -p "$base/deployments"
rm -f "$base/deployments/backbeat.ear".*
cp "$ear" "$base/deployments/backbeat.ear"

# A management user for the admin console, made once with a random password.
console_password_file=$base/admin-console-password
if [[ ! -f $console_password_file ]]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$console_password_file")
    "$server/bin/add-user.sh" -s -u admin -p "$(cat "$console_password_file")" -sc "$base/configuration" >/dev/null
fi

started=$(date +%s%N)
export LAUNCH_JBOSS_IN_BACKGROUND=1
"$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" \
    ${db_args[@]+"${db_args[@]}"} &
wildfly=$!
stop_wildfly() {
    kill -TERM $wildfly 2>/dev/null
    wait $wildfly
}
trap stop_wildfly INT TERM

# Booting has three minutes. Warm-up work the application reports (a large search index being rebuilt) may take
# longer: that is waited for as long as it takes, with what is pending shown every ten seconds.
shown=0
while true; do
    health=$(curl -s "http://localhost:$management/health/ready" 2>/dev/null || true)
    [[ $health == '{"status":"UP"'* ]] && break
    kill -0 $wildfly 2>/dev/null || fail "WildFly stopped while starting: see the log above or $base/log/server.log"
    downs=$( (grep -o '"status":"DOWN"' <<<"$health" || true) | wc -l)
    if [[ $health == *'"name":"backbeat-warm-up","status":"DOWN"'* ]] && ((downs == 2)); then
        if (($(date +%s) - shown >= 10)); then
            echo "run.sh: warming up: $(grep -o '"name":"backbeat-warm-up","status":"DOWN","data":{[^}]*}' <<<"$health" \
                | sed 's/.*"data":{//; s/}$//; s/"//g')"
            shown=$(date +%s)
        fi
    elif (($(date +%s%N) - started > 180 * 1000000000)); then
        echo "run.sh: Backbeat was not ready after 3 minutes (is the machine busy?); stopping it" >&2
        echo "run.sh: readiness said: $health" >&2
        stop_wildfly || true
        fail "see $base/log/server.log for why it was slow"
    fi
    sleep 0.2
done
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))

# WildFly makes its self-signed certificate at the first HTTPS connection. The player shows the same fingerprint
# when it asks whether to trust this store; a key store with a password of one's own is simply not shown.
curl -sk -o /dev/null "https://localhost:$https/" || true
keytool=$(dirname "$(readlink -f "$(command -v java)")")/keytool
fingerprint=$("$keytool" -list -v -keystore "$base/configuration/backbeat-tls.p12" -storepass backbeat-self-signed \
    2>/dev/null | sed -n 's/^[[:space:]]*SHA256: //p' | head -1 || true)

cat <<BANNER

  ------------------------------------------------------------------------------------------
   Backbeat is up in $((elapsed / 1000)).$(printf '%03d' $((elapsed % 1000))) s (WildFly boot + deployment)
     Site           http://localhost:$http/        (https://localhost:$https/ with a self-signed certificate)
${fingerprint:+     Certificate    SHA-256 $fingerprint
}     REST API       http://localhost:$http/api     (browse it: http://localhost:$http/api-docs/)
     Admin console  http://localhost:$management/console   user admin, password $(cat "$console_password_file")
     Health         http://localhost:$management/health/ready      Metrics http://localhost:$management/metrics
     Database       ${db_url:-embedded H2 in $base/data/backbeat}
$(awk '/Demo logins/ { logins = ""; listing = 1; next }
       listing && /^ +[A-Z]+ +[^ ]+@/ { sub(/^ +/, ""); logins = logins "     Demo login     " $0 "\n"; next }
       { listing = 0 }
       END { printf "%s", logins }' "$base/log/server.log")
   Stop with Ctrl+C.
  ------------------------------------------------------------------------------------------

BANNER
wait $wildfly
