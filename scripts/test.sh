#!/usr/bin/env bash
# Runs every test of the solution.
#
#   bash scripts/test.sh [extra dotnet test arguments...]
#
# Run as root from the repo root on a Debian 12 machine that has the .NET SDK.
# It installs what is missing with apt (chromium, fonts-ipafont-gothic,
# postgresql, procps, and nodejs + npm when npm is missing), starts a throwaway PostgreSQL cluster of its own in a
# temp dir (never the system service), builds once, runs each test project against it (printing
# each project's wall time and the total), and stops/removes the cluster on exit whatever happened.
# Extra arguments go to every `dotnet test`, e.g. --filter "DisplayName~Sqlite".
#
# Environment:
#   OCA_TEST_PG_PORT   TCP port for the throwaway cluster (default 55432)
#
# Exported to the tests:
#   OCA_TEST_POSTGRES  Npgsql connection string (superuser oca/oca, db postgres;
#                      tests create and drop their own databases)
#   OCA_CHROMIUM       /usr/bin/chromium
set -euo pipefail

cd "$(dirname "$0")/.."

PORT="${OCA_TEST_PG_PORT:-55432}"
if ! [[ "$PORT" =~ ^[0-9]+$ ]] || (( PORT < 1 || PORT > 65535 )); then
  echo "error: OCA_TEST_PG_PORT='$PORT' is not a valid TCP port" >&2
  exit 2
fi

# ---------------------------------------------------------------- installing
echo "== installing"

pkg_installed() {
  dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'
}

missing=()
for pkg in chromium fonts-ipafont-gothic postgresql; do
  pkg_installed "$pkg" || missing+=("$pkg")
done
if ! command -v ps >/dev/null 2>&1 && ! pkg_installed procps; then
  missing+=(procps)
fi
# The workflow designer's front end (bpmn-js) is installed with npm at build time.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if (( ${#missing[@]} > 0 )); then
  echo "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "apt: chromium, fonts-ipafont-gothic, postgresql already installed"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: dotnet (the .NET SDK) is not on PATH" >&2
  exit 2
fi
if [[ ! -x /usr/bin/chromium ]]; then
  echo "error: /usr/bin/chromium is missing after install" >&2
  exit 2
fi

# Highest installed PostgreSQL server version.
PGBIN=""
pgver=""
for d in /usr/lib/postgresql/*/bin; do
  [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] || continue
  v="${d#/usr/lib/postgresql/}"
  v="${v%/bin}"
  if [[ -z "$pgver" || "$(printf '%s\n%s\n' "$pgver" "$v" | sort -V | tail -n1)" == "$v" ]]; then
    pgver="$v"
    PGBIN="$d"
  fi
done
if [[ -z "$PGBIN" ]]; then
  echo "error: no initdb/pg_ctl found under /usr/lib/postgresql/*/bin" >&2
  exit 2
fi

# ------------------------------------------------------- starting PostgreSQL
echo "== starting PostgreSQL on port $PORT ($PGBIN)"

port_in_use() {
  # Something accepts TCP connections on 127.0.0.1:$1?
  (exec 3<>"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1
}

# A previous run that was killed (SIGKILL) may have left its cluster running.
# Each run writes its own PID into <tmpdir>/owner; if that PID is gone, the
# cluster is stale and ours to stop. If it is alive, another run is using it.
for stale in /tmp/oca-test-pg.*; do
  [[ -d "$stale" && -f "$stale/owner" ]] || continue
  owner="$(cat "$stale/owner" 2>/dev/null || true)"
  if [[ -n "$owner" ]] && kill -0 "$owner" 2>/dev/null; then
    continue  # another run of this script is still using it
  fi
  if [[ -f "$stale/data/postmaster.pid" ]]; then
    echo "stopping stale test cluster left by a killed run: $stale"
    (cd "$stale" && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$stale/data" -m immediate -w -t 30 stop) \
      >/dev/null 2>&1 || true
  fi
  rm -rf "$stale" || true
done

if port_in_use "$PORT"; then
  echo "error: something already listens on 127.0.0.1:$PORT;" \
       "set OCA_TEST_PG_PORT to a free port, e.g. OCA_TEST_PG_PORT=55433 bash scripts/test.sh" >&2
  exit 2
fi

PGTMP="$(mktemp -d /tmp/oca-test-pg.XXXXXX)"
PGDATA_DIR="$PGTMP/data"
PGLOG="$PGTMP/postgres.log"
echo "$$" > "$PGTMP/owner"
PG_STARTED=0
LOGDIR=""
background_pid=""

pg_as() {
  # Run a PostgreSQL binary as the postgres user from a dir it can read.
  (cd "$PGTMP" && runuser -u postgres -- "$@")
}

# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  local rc=$?
  set +e
  if [[ -n "$background_pid" ]] && kill -0 "$background_pid" 2>/dev/null; then
    pkill -P "$background_pid" 2>/dev/null
    kill "$background_pid" 2>/dev/null
  fi
  if [[ -n "$LOGDIR" ]]; then
    dotnet build-server shutdown >/dev/null 2>&1
    rm -rf "$LOGDIR"
  fi
  echo "== stopping PostgreSQL"
  if [[ -f "$PGDATA_DIR/postmaster.pid" ]] || (( PG_STARTED )); then
    pg_as "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null 2>&1 \
      || pg_as "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w -t 30 stop >/dev/null 2>&1
  fi
  rm -rf "$PGTMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

chown postgres:postgres "$PGTMP"
chmod 0700 "$PGTMP"
printf 'oca\n' > "$PGTMP/pwfile"
chown postgres:postgres "$PGTMP/pwfile"
chmod 0600 "$PGTMP/pwfile"

if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then
  PG_LOCALE=C.UTF-8
else
  PG_LOCALE=C
fi

if ! pg_as "$PGBIN/initdb" -D "$PGDATA_DIR" -U oca --pwfile="$PGTMP/pwfile" \
       -A scram-sha-256 --encoding=UTF8 --locale="$PG_LOCALE" >"$PGTMP/initdb.log" 2>&1; then
  cat "$PGTMP/initdb.log" >&2
  echo "error: initdb failed" >&2
  exit 1
fi
rm -f "$PGTMP/pwfile"

PG_STARTED=1
if ! pg_as "$PGBIN/pg_ctl" -w -t 60 -D "$PGDATA_DIR" -l "$PGLOG" \
       -o "-p $PORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
       start >/dev/null; then
  cat "$PGLOG" >&2 || true
  echo "error: PostgreSQL failed to start on port $PORT" \
       "(if the port is taken, set OCA_TEST_PG_PORT)" >&2
  exit 1
fi

for _ in $(seq 1 60); do
  if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    break
  fi
  sleep 1
done
if ! "$PGBIN/pg_isready" -h 127.0.0.1 -p "$PORT"; then
  cat "$PGLOG" >&2 || true
  echo "error: PostgreSQL on 127.0.0.1:$PORT did not become ready" >&2
  exit 1
fi

export OCA_TEST_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=oca;Password=oca;Database=postgres"
export OCA_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# ------------------------------------------------------------ build and test
# Built once, then each test project runs on that build in one of two chains (see below). Each
# project's output goes to its own log, printed whole when the project ends, so the projects' lines
# never interleave.
LOGDIR="$(mktemp -d /tmp/oca-test-logs.XXXXXX)"
# Whatever the tests leave in the temp folder (SQLite templates and databases, search indexes,
# Chromium profiles) goes with this run's folder when it ends.
mkdir "$LOGDIR/tmp"
export TMPDIR="$LOGDIR/tmp"
SUITE_START=$SECONDS
PROJECTS=(OpenCityAomori.UnitTests OpenCityAomori.ArchitectureTests OpenCityAomori.BrowserTests OpenCityAomori.IntegrationTests)

echo "== dotnet build"
set +e
# The products and their tests (OpenCityAomori.Tests.slnf: the solution without bench/, whose scripts
# build it when they run): a benchmark project is a compile the tests never use. The compiler server is
# asked for even where the environment turns it off (UseSharedCompilation=false): one warm compiler for
# the 21 projects instead of a cold one each, measured 112 s -> 74 s for a clean build. It is stopped at exit.
dotnet build OpenCityAomori.Tests.slnf -c Release -p:UseSharedCompilation=true 2>&1 | tee "$LOGDIR/build.log"
build_rc=${PIPESTATUS[0]}
set -e
BUILD_SECONDS=$((SECONDS - SUITE_START))
if (( build_rc != 0 )); then
  echo "error: the build failed (see above)" >&2
  exit "$build_rc"
fi

run_project() {
  local name="$1" start=$SECONDS rc=0
  shift
  dotnet test "tests/$name/$name.csproj" -c Release --no-build --logger "console;verbosity=normal" "$@" \
    >"$LOGDIR/$name.log" 2>&1 || rc=$?
  echo "$rc" >"$LOGDIR/$name.rc"
  echo "$((SECONDS - start))" >"$LOGDIR/$name.seconds"
  echo "== $name finished in $((SECONDS - start)) s (exit code $rc)"
}

# Two chains share the two cores: the integration tests (the longest) in one, the browser tests and
# then the unit and architecture tests in the other.
echo "== dotnet test (integration beside browser, then unit and architecture)"
(
  for name in OpenCityAomori.BrowserTests OpenCityAomori.UnitTests OpenCityAomori.ArchitectureTests; do
    run_project "$name" "$@"
  done
) &
background_pid=$!
run_project OpenCityAomori.IntegrationTests "$@"
wait "$background_pid" || true

rc=0
for name in "${PROJECTS[@]}"; do
  echo "== output of $name"
  cat "$LOGDIR/$name.log"
  project_rc="$(cat "$LOGDIR/$name.rc" 2>/dev/null || echo 1)"
  if (( project_rc != 0 )); then
    rc=$project_rc
  fi
done

echo "== wall times"
printf '  %-36s %5d s\n' "build" "$BUILD_SECONDS"
for name in "${PROJECTS[@]}"; do
  printf '  %-36s %5d s\n' "$name" "$(cat "$LOGDIR/$name.seconds" 2>/dev/null || echo 0)"
done
printf '  %-36s %5d s\n' "total (build and tests)" "$((SECONDS - SUITE_START))"

ALL_LOGS=()
for name in "${PROJECTS[@]}"; do
  ALL_LOGS+=("$LOGDIR/$name.log")
done
# CI shows only the end of the output: repeat each failure (name and message) there.
awk '/^[[:space:]]+Failed [^:]/ { show = 1; shown = 0; print "FAILED:" substr($0, index($0, "Failed") + 6) }
     show && /Stack Trace:/ { show = 0 }
     show && /Error Message:/ { next }
     show && !/^[[:space:]]+Failed [^:]/ && shown < 12 { print "   " $0; shown++ }' "${ALL_LOGS[@]}"
# One closing line over every test project, in the plain "N passed, N failed" form.
awk '/^Total tests:/ { counting = 1; next }
     counting && /^[[:space:]]+Passed:/  { passed += $2 }
     counting && /^[[:space:]]+Failed:/  { failed += $2 }
     counting && /^[[:space:]]+Skipped:/ { skipped += $2 }
     /Total time:/ { counting = 0 }
     END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "${ALL_LOGS[@]}"
exit "$rc"
