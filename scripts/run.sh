#!/usr/bin/env bash
# Runs the site on http://localhost:5080 with an embedded SQLite database seeded with the Aomori demo.
#
#   bash scripts/run.sh [extra dotnet run arguments...]
#
# Run from the repo root on a Debian machine that has the .NET SDK. The workflow designer's front
# end (bpmn-js) is installed with npm at build time, so Node.js and npm are installed with apt when
# npm is missing (needs root then).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null 2>&1; then
  echo "apt: installing nodejs npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends nodejs npm
fi

exec dotnet run --project src/Web "$@"
