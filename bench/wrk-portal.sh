#!/usr/bin/env bash
# Load benchmark of the public portal pages with wrk, against a freshly published
# Release build on loopback. Run from the repository root:  bash bench/wrk-portal.sh
#
# Environment:
#   BENCH_PORT      port on 127.0.0.1 (default 5099)
#   BENCH_DURATION  seconds of load per URL (default 15)
#   BENCH_WARMUP    seconds of warm-up per URL (default 5)
#   BENCH_THREADS   wrk threads (default 2)
#   BENCH_CONNS     wrk connections (default 64)
#   BENCH_SKIP_PUBLISH=1  reuse bench/out/publish as it is
#
# Exits non-zero if any request failed (non-2xx/3xx responses or socket errors),
# or if the app could not be built or started. Missing a target is reported as MISS only.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PORT="${BENCH_PORT:-5099}"
DURATION="${BENCH_DURATION:-15}"
WARMUP="${BENCH_WARMUP:-5}"
THREADS="${BENCH_THREADS:-2}"
CONNS="${BENCH_CONNS:-64}"
HOST="127.0.0.1"            # only loopback is ever targeted
BASE="http://${HOST}:${PORT}"
# BENCH_URLS overrides the list (space-separated site paths).
read -r -a URLS <<< "${BENCH_URLS:-/ /principles /en/flows /cases/aomori-lightblue-ai-pedestrian-count /en/cases/aomori-lightblue-ai-pedestrian-count}"

# Targets (reported as PASS/MISS, never a failure).
TARGET_RPS=5000             # requests/s for /
TARGET_P99_MS=50            # p99 latency for /
TARGET_RSS_MB=300           # peak resident memory of the server

OUT="bench/out"
PUBLISH="${OUT}/publish"
APP_LOG="${OUT}/app.log"
mkdir -p "$OUT"

APP_PID=""
SAMPLER_PID=""
TMP_DIR=""

cleanup() {
    local rc=$?
    if [[ -n "$SAMPLER_PID" ]] && kill -0 "$SAMPLER_PID" 2>/dev/null; then
        kill "$SAMPLER_PID" 2>/dev/null || true
        wait "$SAMPLER_PID" 2>/dev/null || true
    fi
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [[ -n "$TMP_DIR" && -d "$TMP_DIR" ]]; then
        rm -rf "$TMP_DIR"
    fi
    exit "$rc"
}
trap cleanup EXIT

log() { printf '[bench] %s\n' "$*" >&2; }

# --- wrk ---------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk"
    SUDO=""
    if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
    if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk >/dev/null 2>&1; then
        $SUDO apt-get update -qq
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk
    fi
fi
command -v curl >/dev/null 2>&1 || { log "curl is required"; exit 2; }

# --- publish -----------------------------------------------------------------
if [[ "${BENCH_SKIP_PUBLISH:-0}" != "1" || ! -f "${PUBLISH}/OpenCityAomori.Web.dll" ]]; then
    log "publishing src/Web (Release) to ${PUBLISH}"
    dotnet publish src/Web -c Release -o "$PUBLISH" -nologo -v quiet >"${OUT}/publish.log" 2>&1 \
        || { cat "${OUT}/publish.log" >&2; exit 2; }
fi

# --- start the app -----------------------------------------------------------
if curl -s -o /dev/null --max-time 1 "${BASE}/health"; then
    log "something already answers on ${BASE}; set BENCH_PORT to a free port"
    exit 2
fi

TMP_DIR="$(mktemp -d -t oca-bench.XXXXXX)"
log "starting the app on ${BASE} (database ${TMP_DIR}/bench.db)"
ASPNETCORE_ENVIRONMENT=Production \
ASPNETCORE_URLS="$BASE" \
Database__ConnectionString="Data Source=${TMP_DIR}/bench.db" \
Serilog__MinimumLevel__Default=Warning \
    dotnet "${PUBLISH}/OpenCityAomori.Web.dll" --contentRoot "${PWD}/${PUBLISH}" >"$APP_LOG" 2>&1 &
APP_PID=$!

deadline=$((SECONDS + 60))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${BASE}/health" || true)" == "200" ]]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        log "the app exited during start-up; its log:"
        cat "$APP_LOG" >&2
        exit 2
    fi
    if (( SECONDS >= deadline )); then
        log "/health did not answer 200 within 60 s; the app's log:"
        cat "$APP_LOG" >&2
        exit 2
    fi
    sleep 0.5
done
log "app is up (pid ${APP_PID})"

for url in "${URLS[@]}"; do
    code="$(curl -s -o /dev/null -w '%{http_code}' "${BASE}${url}")"
    if [[ "$code" != "200" ]]; then
        log "GET ${url} answered ${code}, expected 200; the app's log:"
        tail -n 50 "$APP_LOG" >&2
        exit 1
    fi
done

# --- helpers -----------------------------------------------------------------
# utime+stime of the app in clock ticks (to report the server's CPU time per request).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/${APP_PID}/stat" 2>/dev/null || echo 0; }
CLK_TCK="$(getconf CLK_TCK 2>/dev/null || echo 100)"
# Machine-wide "busy total" clock ticks over all cores, from /proc/stat.
sys_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit }' /proc/stat; }
# CPU ticks of this shell's finished children (wrk runs as one).
child_ticks() { awk '{ print $16 + $17 }' "/proc/$$/stat"; }

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/${APP_PID}/status" 2>/dev/null || echo 0; }

# Samples VmRSS every 0.2 s and writes the running peak (kB) to $1.
start_sampler() {
    local file="$1"
    (
        peak=0
        while kill -0 "$APP_PID" 2>/dev/null; do
            v="$(awk '/^VmRSS:/ { print $2 }' "/proc/${APP_PID}/status" 2>/dev/null || echo 0)"
            v="${v:-0}"
            if (( v > peak )); then peak=$v; echo "$peak" >"$file"; fi
            sleep 0.2
        done
    ) &
    SAMPLER_PID=$!
}

stop_sampler() {
    if [[ -n "$SAMPLER_PID" ]]; then
        kill "$SAMPLER_PID" 2>/dev/null || true
        wait "$SAMPLER_PID" 2>/dev/null || true
        SAMPLER_PID=""
    fi
}

# wrk prints latencies as 812.00us, 1.23ms, 2.10s, 1.5m; converts to milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u);
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : 1;
        printf "%.2f", n * f }'
}

# The figures are only meaningful on an otherwise idle machine: measure how busy it is (the app idles).
app0="$(cpu_ticks)"
read -r b0 t0 < <(sys_ticks)
sleep 2
read -r b1 t1 < <(sys_ticks)
app1="$(cpu_ticks)"
BUSY_BEFORE="$(awk -v b=$((b1 - b0 - (app1 - app0))) -v t=$((t1 - t0)) \
    'BEGIN { v = t > 0 ? 100 * b / t : 0; if (v < 0) v = 0; printf "%.0f", v }')"
if (( BUSY_BEFORE > 10 )); then
    log "warning: other processes keep the machine ${BUSY_BEFORE}% busy before the run; they will compete with wrk and the server"
fi

# --- warm-up -----------------------------------------------------------------
for url in "${URLS[@]}"; do
    log "warm-up ${WARMUP}s ${url}"
    wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" "${BASE}${url}" >/dev/null
done

# --- measure -----------------------------------------------------------------
declare -a ROWS=()
failed=0
overall_peak_kb=0
max_other=0
home_rps=0
home_p99=0

for url in "${URLS[@]}"; do
    peak_file="${OUT}/rss-peak.txt"
    rss_kb >"$peak_file"
    cpu_before="$(cpu_ticks)"
    child_before="$(child_ticks)"
    read -r sb0 st0 < <(sys_ticks)
    start_sampler "$peak_file"
    log "wrk -t${THREADS} -c${CONNS} -d${DURATION}s --latency ${BASE}${url}"
    safe="$(printf '%s' "$url" | tr '/' '_')"; [[ "$safe" == "_" ]] && safe="_root"
    wrk_out="${OUT}/wrk${safe}.txt"
    wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency "${BASE}${url}" >"$wrk_out"
    cpu_after="$(cpu_ticks)"
    child_after="$(child_ticks)"
    read -r sb1 st1 < <(sys_ticks)
    stop_sampler
    cat "$wrk_out" >&2

    peak_kb="$(cat "$peak_file")"
    if (( peak_kb > overall_peak_kb )); then overall_peak_kb=$peak_kb; fi

    rps="$(awk '/^Requests\/sec:/ { print $2 }' "$wrk_out")"
    p50="$(awk '$1 == "50%" { print $2 }' "$wrk_out")"
    p99="$(awk '$1 == "99%" { print $2 }' "$wrk_out")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$wrk_out")"
    sock="$(awk '/Socket errors:/ {
        s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) { x = $i; sub(/,/, "", x); s += x } print s }' "$wrk_out")"
    requests="$(awk '/requests in/ { print $1 }' "$wrk_out")"
    non2xx="${non2xx:-0}"; sock="${sock:-0}"
    errors=$((non2xx + sock))
    if [[ -z "$rps" || -z "$p99" || -z "$requests" || "$requests" == "0" ]]; then
        log "could not parse wrk's output for ${url}"
        errors=$((errors + 1))
    fi
    if (( errors > 0 )); then failed=1; fi

    cpu_us="$(awk -v t=$((cpu_after - cpu_before)) -v hz="$CLK_TCK" -v n="${requests:-0}" \
        'BEGIN { if (n > 0) printf "%.0f", t / hz * 1e6 / n; else print "?" }')"
    # CPU taken by anything but the server and wrk, in % of all cores: should be near 0.
    other_pct="$(awk -v b=$((sb1 - sb0 - (cpu_after - cpu_before) - (child_after - child_before))) -v t=$((st1 - st0)) \
        'BEGIN { v = t > 0 ? 100 * b / t : 0; if (v < 0) v = 0; printf "%.0f", v }')"
    if (( other_pct > max_other )); then max_other=$other_pct; fi
    p50_ms="$(to_ms "${p50:-0}")"
    p99_ms="$(to_ms "${p99:-0}")"
    rss_mb="$(awk -v k="$peak_kb" 'BEGIN { printf "%.1f", k / 1024 }')"
    if [[ "$url" == "/" ]]; then home_rps="$rps"; home_p99="$p99_ms"; fi
    ROWS+=("$(printf '%-12s %11s %10s %10s %7s %12s %14s %10s' "$url" "${rps:-?}" "${p50_ms}ms" "${p99_ms}ms" "$errors" "$rss_mb" "$cpu_us" "${other_pct}%")")
    if (( errors > 0 )); then
        ROWS+=("    ${url}: ${non2xx} non-2xx/3xx responses, ${sock} socket errors (${OUT}/wrk${safe}.txt)")
    fi
done

# --- summary -----------------------------------------------------------------
verdict() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo MISS; fi; }
overall_mb="$(awk -v k="$overall_peak_kb" 'BEGIN { printf "%.1f", k / 1024 }')"

echo
echo "Open City Aomori portal - wrk -t${THREADS} -c${CONNS} -d${DURATION}s, $(nproc) cores shared by wrk and the server"
printf '%-12s %11s %10s %10s %7s %12s %14s %10s\n' "url" "requests/s" "p50" "p99" "errors" "peak RSS MB" "server us/req" "other CPU"
for row in "${ROWS[@]}"; do echo "$row"; done
echo "overall peak RSS: ${overall_mb} MB"
echo "CPU taken by other processes: ${BUSY_BEFORE}% before the run, at most ${max_other}% during a run"
if (( BUSY_BEFORE > 10 || max_other > 10 )); then
    echo "note: other processes competed for the CPU; the figures are pessimistic (rerun on an idle machine)"
fi
echo "target / requests/s >= ${TARGET_RPS}: $(verdict "${home_rps:-0} >= ${TARGET_RPS}") (${home_rps})"
echo "target / p99 < ${TARGET_P99_MS} ms: $(verdict "${home_p99:-0} < ${TARGET_P99_MS}") (${home_p99} ms)"
echo "target peak RSS < ${TARGET_RSS_MB} MB: $(verdict "${overall_mb} < ${TARGET_RSS_MB}") (${overall_mb} MB)"
if (( failed )); then
    echo "RESULT: FAILED - some requests failed (non-2xx/3xx responses or socket errors); see ${OUT}/wrk_*.txt and ${APP_LOG}"
    exit 1
fi
echo "RESULT: OK - no failed requests"
