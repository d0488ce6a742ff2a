#!/usr/bin/env bash
# Search benchmarks (Release): indexing throughput and index size for a generated corpus of 100,000
# Japanese/English items, then single-query latency (median, P95, P99) with BenchmarkDotNet.
#   bash bench/search-bench.sh                 # short run (about 3 minutes on 2 cores plus indexing)
#   BENCH_MODE=full bash bench/search-bench.sh # 600 measured queries per benchmark instead of 200
#   BENCH_SKIP_INDEX=1 bash bench/search-bench.sh   # reuse the index built by the last run
# Figures go to bench/out/search/ (git-ignored). Other processes on the machine skew them: the load
# average is printed before and after each part.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${BENCH_MODE:-short}"
out="bench/out/search"
export OCA_BENCH_INDEX="${OCA_BENCH_INDEX:-$PWD/$out/index-100k}"
dll="bench/OpenCityAomori.Benchmarks/bin/Release/net10.0/OpenCityAomori.Benchmarks.dll"
mkdir -p "$out"
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"; }

echo "== build (Release)"
dotnet build -c Release bench/OpenCityAomori.Benchmarks -nologo -v q | tail -n 3

if [ "${BENCH_SKIP_INDEX:-0}" != "1" ]; then
    echo "== indexing 100,000 items into $OCA_BENCH_INDEX"
    load
    dotnet "$dll" index | tee "$out/indexing.txt"
    load
fi

echo "== query latency ($mode run; one query per measurement)"
load
args=(--filter '*SearchQueryBenchmarks*' --artifacts "$PWD/$out/bdn")
if [ "$mode" != "full" ]; then
    args+=(--quick)
fi
dotnet "$dll" "${args[@]}" > "$out/queries.log" 2>&1 || { tail -n 40 "$out/queries.log"; exit 1; }
load
report=$(ls -t "$out"/bdn/results/*SearchQueryBenchmarks*-report-github.md | head -n 1)
sed -n '/^|/p' "$report"
grep '^TARGET' "$out/queries.log"
grep '^INDEX' "$out/indexing.txt" 2>/dev/null || true
