#!/usr/bin/env bash
# Pixel throughput, all in one run on loopback, so the ratios hold on a noisy machine:
#   (a) nginx serving the same 43-byte GIF            — the ceiling
#   (b) the app serving that GIF as a static resource — the framework's floor
#   (c) the app's real pixel, recording every open    — what we ship
# Goal: (c) >= 0.5 x (a) and >= 0.8 x (b) in requests/s, p99 <= 20 ms at 64 connections, rows recorded = 200s answered.
# Usage: ops/bench/pixel.sh [seconds-per-run, default 20] [connections, default 64]
source "$(dirname "$0")/common.sh"
DURATION=${1:-20}
CONNECTIONS=${2:-64}
need_packages wrk nginx-light postgresql-client unzip
use_jdk25

WORK=$(mktemp -d /tmp/sightline-bench-XXXX)
APP_PORT=18080
NGINX_PORT=18081
trap 'stop_app; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; true' EXIT

mkdir -p "$WORK/www" "$WORK/nginx"
cp "$ROOT/app/src/main/resources/static/bench/pixel.gif" "$WORK/www/pixel.gif"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location = /pixel.gif {
            root $WORK/www;
            default_type image/gif;
            add_header Cache-Control "no-store, no-cache, must-revalidate, max-age=0";
            add_header Pragma "no-cache";
        }
    }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"

start_app "$APP_PORT" "$WORK/data" "$WORK/app.log"
PG_PORT=$(embedded_pg_port "$WORK/app.log")
TOKEN=$(signup_business "$APP_PORT")
PIXEL=$(curl -sf "http://127.0.0.1:$APP_PORT/api/v1/tracked-emails" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d '{"subject":"Benchmark","recipients":["reader@example.com"]}' \
    | json_field '["pixelUrl"]')

run() { # name url -> prints "requests_per_s p99_ms requests non2xx"
    wrk -t2 -c"$CONNECTIONS" -d5s "$2" >/dev/null 2>&1 # warm-up
    local out
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2")
    local rps p99 total non2xx
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v=v/1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v=v*1000}; print v}' <<<"$out")
    total=$(awk '/requests in/ {print $1}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    echo "$rps ${p99:-NA} $total ${non2xx:-0}"
}

read -r A_RPS A_P99 _ _ < <(run nginx "http://127.0.0.1:$NGINX_PORT/pixel.gif")
# For orientation: the pixel filter with a token that matches nothing — Tomcat and the filter, no recording.
read -r D_RPS D_P99 _ _ < <(run unknown "http://127.0.0.1:$APP_PORT/t/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.gif")
ROWS_BEFORE=$(sql "SELECT count(*) FROM email_open")
# The warm-up of run (c) records too: count its rows apart by measuring around the measured run only.
wrk -t2 -c"$CONNECTIONS" -d5s "$PIXEL" >/dev/null 2>&1
ROWS_BEFORE=$(sql "SELECT count(*) FROM email_open")
OUT=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$PIXEL")
C_RPS=$(awk '/Requests\/sec/ {print $2}' <<<"$OUT")
C_P99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v=v/1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v=v*1000}; print v}' <<<"$OUT")
C_TOTAL=$(awk '/requests in/ {print $1}' <<<"$OUT")
C_NON2XX=$(awk '/Non-2xx/ {print $NF}' <<<"$OUT")
sleep 1
ROWS_AFTER=$(sql "SELECT count(*) FROM email_open")
RECORDED=$((ROWS_AFTER - ROWS_BEFORE))
ANSWERED=$((C_TOTAL - ${C_NON2XX:-0}))
# Last: every request without a cookie makes the framework open a new HTTP session, and the ~100,000 sessions this run
# leaves in the heap would burden whatever ran after it.
read -r B_RPS B_P99 _ _ < <(run static "http://127.0.0.1:$APP_PORT/bench/pixel.gif")

echo
echo "Pixel benchmark: ${DURATION}s per run, $CONNECTIONS connections, wrk -t2, loopback, $(nproc) cores, JVM: $JAVA_OPTS"
printf '%-34s %12s %10s\n' "run" "requests/s" "p99 ms"
printf '%-34s %12s %10s\n' "(a) nginx, same GIF" "$A_RPS" "$A_P99"
printf '%-34s %12s %10s\n' "(b) app, static resource" "$B_RPS" "$B_P99"
printf '%-34s %12s %10s\n' "(c) app, real pixel + recording" "$C_RPS" "$C_P99"
printf '%-34s %12s %10s\n' "(d) app, pixel, unknown token" "$D_RPS" "$D_P99"
python3 - "$A_RPS" "$B_RPS" "$C_RPS" "$C_P99" "$D_RPS" <<'PY'
import sys
a, b, c, p99, d = (float(x) for x in sys.argv[1:])
print(f"(c)/(a) = {c / a:.2f}  (goal >= 0.50)")
print(f"(c)/(b) = {c / b:.2f}  (goal >= 0.80)")
print(f"(c) p99 = {p99:.1f} ms  (goal <= 20 ms)")
print(f"(c)/(d) = {c / d:.2f}  (what recording costs against the same server path without it)")
PY
# wrk stops its clock with up to one request per connection in flight: those may be recorded yet never counted.
if [ "$RECORDED" -ge "$ANSWERED" ] && [ "$RECORDED" -le $((ANSWERED + CONNECTIONS)) ]; then
    VERDICT="every answered open recorded; $((RECORDED - ANSWERED)) more were in flight when wrk stopped"
else
    VERDICT="MISMATCH"
fi
echo "(c) answered 200s: $ANSWERED, rows recorded: $RECORDED ($VERDICT)"
