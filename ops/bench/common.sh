#!/usr/bin/env bash
# Shared by the benchmark scripts: JDK 25, the production jar, starting and stopping the app, packages.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

need_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

use_jdk25() {
    if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
        JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)
    fi
    [ -n "$JAVA_HOME" ] || { echo "Benchmarks need JDK 25 (JAVA_HOME)" >&2; exit 1; }
    export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
}

# The production jar, built when app/target holds none (./mvnw verify leaves a development build there), copied
# aside so that a build during the benchmark can't swap it.
production_jar() {
    local jar="$ROOT/app/target/sightline.jar" copy="${WORK:-/tmp}/sightline-bench.jar"
    if [ ! -f "$copy" ]; then
        if [ "${REBUILD:-0}" = 1 ] || ! unzip -p "$jar" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null \
            | grep -q '"productionMode" *: *true'; then
            (cd "$ROOT" && ./mvnw -B -q -Pproduction -DskipTests package) >&2
        fi
        cp "$jar" "$copy"
    fi
    echo "$copy"
}

# The production command line's JVM options (README, "Production jar"); JAVA_OPTS replaces them.
JAVA_OPTS=${JAVA_OPTS:--XX:MaxGCPauseMillis=5}

# start_app PORT DATA_DIR LOG: starts the production jar with the embedded PostgreSQL and waits until healthy.
start_app() {
    local port=$1 data=$2 log=$3
    SERVER_PORT=$port SIGHTLINE_DATA_DIR=$data SIGHTLINE_PUBLIC_BASE_URL="http://127.0.0.1:$port" \
        "$JAVA_HOME/bin/java" $JAVA_OPTS -jar "$(production_jar)" >"$log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do
        if curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "The app exited; see $log" >&2; exit 1; }
        sleep 0.2
    done
    echo "The app did not become healthy; see $log" >&2
    exit 1
}

stop_app() {
    if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
}

# The embedded PostgreSQL's port, from the app's log; psql as the superuser reaches it over loopback.
embedded_pg_port() {
    sed -n 's/.*Embedded PostgreSQL on port \([0-9]*\).*/\1/p' "$1" | tail -1
}

sql() {
    psql -X -q -t -A -h localhost -p "$PG_PORT" -U postgres -d sightline -c "$1"
}

json_field() {
    python3 -c "import json,sys; print(json.load(sys.stdin)$1)"
}

# signup_business PORT: signs a workspace up, puts it on Business, prints its owner's access token.
signup_business() {
    local port=$1 id
    id=$(date +%s%N)
    curl -sf "http://127.0.0.1:$port/api/v1/signup" -H 'Content-Type: application/json' \
        -d "{\"workspaceName\":\"Bench $id\",\"name\":\"Bench\",\"email\":\"bench-$id@example.com\",\"password\":\"benchmark password\"}" \
        >/dev/null
    local token
    token=$(curl -sf "http://127.0.0.1:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
        -d "{\"email\":\"bench-$id@example.com\",\"password\":\"benchmark password\"}" | json_field '["accessToken"]')
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "http://127.0.0.1:$port/api/v1/admin/plan" \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"plan":"BUSINESS"}')
    if [ "$status" != 200 ]; then
        sql "UPDATE workspace SET plan = 'BUSINESS' WHERE slug LIKE 'bench-$id%'" >/dev/null
    fi
    echo "$token"
}
