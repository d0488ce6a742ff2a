#!/usr/bin/env bash
# Workflow engine benchmarks (Release, the real Web host on a throwaway database), on SQLite (file, WAL)
# and PostgreSQL:
#   (a) start-to-user-task throughput: FormSubmitted events through IWorkflowEventPublisher, each
#       starting an instance that stops at a user task; one publisher, then several at once;
#   (b) resume latency: one reply event by business key while 10,000 instances wait on a message catch.
#   bash bench/workflows-bench.sh
#   BENCH_STARTS=5000 BENCH_WAITING=10000 BENCH_RESUMES=2000 bash bench/workflows-bench.sh
#   BENCH_PROVIDERS=Sqlite bash bench/workflows-bench.sh          # SQLite only
#   OCA_BENCH_POSTGRES="Host=…;Port=…;Username=…;Password=…;Database=postgres" bash bench/workflows-bench.sh
# Without OCA_BENCH_POSTGRES the script starts a throwaway PostgreSQL cluster (default settings, fsync on)
# on OCA_BENCH_PG_PORT (default 55437) and stops it at the end. Figures go to bench/out/workflows/.
set -euo pipefail
cd "$(dirname "$0")/.."

out="bench/out/workflows"
dll="bench/OpenCityAomori.Benchmarks/bin/Release/net10.0/OpenCityAomori.Benchmarks.dll"
providers="${BENCH_PROVIDERS:-Sqlite Postgres}"
args=(--starts "${BENCH_STARTS:-2000}" --publishers "${BENCH_PUBLISHERS:-4}" --waiting "${BENCH_WAITING:-10000}" --resumes "${BENCH_RESUMES:-1000}")
mkdir -p "$out"
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"; }

echo "== build (Release)"
dotnet build -c Release bench/OpenCityAomori.Benchmarks -nologo -v q | tail -n 3

PGTMP=""
PGBIN=""
cleanup() {
  local rc=$?
  set +e
  if [[ -n "$PGTMP" ]]; then
    echo "== stopping the throwaway PostgreSQL"
    (cd "$PGTMP" && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w -t 60 stop) >/dev/null 2>&1
    rm -rf "$PGTMP"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_postgres() {
  local port="${OCA_BENCH_PG_PORT:-55437}" d
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && PGBIN="$d"
  done
  if [[ -z "$PGBIN" ]]; then
    echo "error: no PostgreSQL server (initdb/pg_ctl) found; install postgresql or set OCA_BENCH_POSTGRES" >&2
    exit 2
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") >/dev/null 2>&1; then
    echo "error: 127.0.0.1:$port is taken; set OCA_BENCH_PG_PORT or OCA_BENCH_POSTGRES" >&2
    exit 2
  fi
  PGTMP="$(mktemp -d /tmp/oca-bench-pg.XXXXXX)"
  chown postgres:postgres "$PGTMP"
  chmod 0700 "$PGTMP"
  printf 'oca\n' > "$PGTMP/pwfile"
  chown postgres:postgres "$PGTMP/pwfile"
  (cd "$PGTMP" && runuser -u postgres -- "$PGBIN/initdb" -D "$PGTMP/data" -U oca --pwfile="$PGTMP/pwfile" \
      -A scram-sha-256 --encoding=UTF8 --locale=C) > "$PGTMP/initdb.log" 2>&1 || { cat "$PGTMP/initdb.log" >&2; exit 2; }
  rm -f "$PGTMP/pwfile"
  echo "== starting a throwaway PostgreSQL on port $port ($PGBIN)"
  (cd "$PGTMP" && runuser -u postgres -- "$PGBIN/pg_ctl" -w -t 60 -D "$PGTMP/data" -l "$PGTMP/postgres.log" \
      -o "-p $port -k $PGTMP -c listen_addresses=127.0.0.1 -c max_connections=200" start) >/dev/null \
      || { cat "$PGTMP/postgres.log" >&2; exit 2; }
  OCA_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=oca;Password=oca;Database=postgres"
}

status=0
for provider in $providers; do
  extra=()
  if [[ "$provider" == "Postgres" ]]; then
    [[ -n "${OCA_BENCH_POSTGRES:-}" ]] || start_postgres
    extra=(--postgres "$OCA_BENCH_POSTGRES")
  fi
  echo "== workflows on $provider (${args[*]})"
  load
  dotnet "$dll" workflows --provider "$provider" "${args[@]}" "${extra[@]}" > "$out/$provider.log" 2>&1 || status=$?
  load
  grep -E '^(WORKFLOWS|TARGET)' "$out/$provider.log" || { tail -n 40 "$out/$provider.log"; status=1; }
done
echo "== summary"
grep -h '^TARGET' "$out"/*.log || true
exit "$status"
