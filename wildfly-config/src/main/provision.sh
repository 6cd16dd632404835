#!/usr/bin/env bash
# Unpacks the WildFly distribution and applies Backbeat's CLI scripts to it, offline (embedded server).
# Skipped when the server is already newer than every input, so rebuilding is cheap.
# usage: provision.sh <wildfly-dist.zip> <postgresql.jar> <media natives dir> <server dir>
set -euo pipefail
dist_zip=$1 pg_jar=$2 natives=$3 server=$4
here=$(cd "$(dirname "$0")" && pwd)
stamp=$server/.backbeat-provisioned

if [[ -f $stamp ]] && [[ -z $(find "$here" "$dist_zip" "$pg_jar" "$natives" -newer "$stamp" -type f -print -quit) ]]; then
    echo "WildFly already provisioned at $server"
    exit 0
fi

rm -rf "$server" "$server.tmp"
mkdir -p "$server.tmp"
unzip -q "$dist_zip" -d "$server.tmp"
mv "$server.tmp"/wildfly-* "$server"
rmdir "$server.tmp"

# The PostgreSQL JDBC driver as a server module, so choosing PostgreSQL needs nothing at run time.
pg_module=$server/modules/org/postgresql/main
mkdir -p "$pg_module"
cp "$pg_jar" "$pg_module/postgresql.jar"
cp "$here/modules/org/postgresql/main/module.xml" "$pg_module/"

# FFmpeg, JavaCPP and JNA as one server module: native libraries load once per JVM, so they must not live in the
# EAR (a redeployment would meet libraries already loaded by the previous deployment's class loader).
media_module=$server/modules/io/backbeat/media/natives/main
mkdir -p "$media_module"
cp "$natives"/*.jar "$here/modules/io/backbeat/media/natives/main/module.xml" "$media_module/"

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
    embed="embed-server --server-config=standalone-full.xml --std-out=discard"
    # extensions.cli removes subsystems; their capabilities are only released by a restart.
    echo "$embed"
    cat "$here/cli/extensions.cli"
    echo "stop-embedded-server"
    echo "$embed"
    for part in datasource messaging transactions security tls http ejb logging observability business; do
        echo "# --- $part.cli"
        cat "$here/cli/$part.cli"
        echo
    done
    echo "stop-embedded-server"
} > "$script"
JAVA_OPTS="-Xmx512m" "$server/bin/jboss-cli.sh" --file="$script" > "$server/provision.log" 2>&1 || {
    cat "$server/provision.log" >&2
    echo "Applying the CLI scripts in $here/cli failed (log above)." >&2
    exit 1
}
# One configuration, under the name the server starts by default.
config=$server/standalone/configuration
mv "$config/standalone-full.xml" "$config/standalone.xml"
rm -f "$config"/standalone-*.xml
rm -rf "$config/standalone_xml_history" "$server/standalone/data" "$server/standalone/log"
touch "$stamp"
echo "WildFly provisioned at $server"
