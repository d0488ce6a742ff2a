#!/usr/bin/env bash
# Saves a picture of the Japanese home page for a person to look at (fonts, layout): it checks
# nothing, so it is a script and not a test.
#
#   bash scripts/screenshot.sh [output folder]   (default: screenshots/)
#
# Run from the repo root on a Debian machine with the .NET SDK and chromium (scripts/test.sh
# installs it). It starts the site on a throwaway SQLite database seeded with the Aomori recipe,
# saves <folder>/home-ja.png (1280 px wide) with the system Chromium, and stops the site.
#
# Environment:
#   OCA_SCREENSHOT_PORT   port for the site while the picture is taken (default 5095)
#   OCA_CHROMIUM          Chromium to use (default /usr/bin/chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

OUT="${1:-screenshots}"
PORT="${OCA_SCREENSHOT_PORT:-5095}"
CHROMIUM="${OCA_CHROMIUM:-/usr/bin/chromium}"
WORK="$(mktemp -d /tmp/oca-screenshot.XXXXXX)"
SITE_PID=""

# shellcheck disable=SC2317  # invoked by the EXIT trap
stop_site() {
  if [[ -n "$SITE_PID" ]]; then
    kill -- "-$SITE_PID" 2>/dev/null || true
    wait "$SITE_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap stop_site EXIT

mkdir -p "$OUT"
echo "== starting the site on 127.0.0.1:$PORT"
# setsid: the site gets its own process group, so stopping it also stops what `dotnet run` started.
setsid env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  Database__Provider=Sqlite Database__ConnectionString="Data Source=$WORK/site.db" \
  Search__IndexPath="$WORK/search" Serilog__MinimumLevel__Default=Warning \
  dotnet run --project src/Web -c Release --no-launch-profile >"$WORK/site.log" 2>&1 &
SITE_PID=$!

# The site sets up its database before it listens: an open port means it is ready.
for _ in $(seq 1 180); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$SITE_PID" 2>/dev/null; then
    cat "$WORK/site.log" >&2
    echo "error: the site stopped before it answered" >&2
    exit 1
  fi
  sleep 1
done

"$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --lang=ja-JP \
  --window-size=1280,2400 --screenshot="$OUT/home-ja.png" "http://127.0.0.1:$PORT/" >/dev/null 2>&1
echo "saved $OUT/home-ja.png"
