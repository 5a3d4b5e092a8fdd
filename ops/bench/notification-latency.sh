#!/usr/bin/env bash
# Time from a pixel's answer to the email-opened event on an event stream: p50 and p99 over N opens (default 1000),
# with the stream on the node that recorded the open ("one instance") and on a second node of the same database
# ("two instances"). Starts its own PostgreSQL and two app processes; needs nothing running.
#
#   ops/bench/notification-latency.sh [opens]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
opens="${1:-1000}"

./mvnw -B -q -o -pl app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
classpath="app/target/test-classes:app/target/classes:db/target/classes:ui/target/classes:$(cat app/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -cp "$classpath" io.sightline.app.notification.NotificationLatency "$opens"
