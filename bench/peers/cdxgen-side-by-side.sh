#!/usr/bin/env bash
# SBOM generation side by side: `codeassure sbom generate` and cdxgen (npm: @cyclonedx/cdxgen) on the same lock
# files, median wall time of N runs and the component counts of each. Run from the repository root:
#   bash bench/peers/cdxgen-side-by-side.sh [runs=5]
# Needs Node.js; installs cdxgen into a temporary folder outside the project (never into the repository).
set -euo pipefail
runs=${1:-5}
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
peers=${CDXGEN_HOME:-/tmp/peers}
if [ ! -x "$peers/node_modules/.bin/cdxgen" ]; then
  mkdir -p "$peers" && (cd "$peers" && npm install --no-audit --no-fund @cyclonedx/cdxgen >/dev/null)
fi
cdxgen="$peers/node_modules/.bin/cdxgen"
dotnet build -c Release src/CodeAssure.Cli >/dev/null
dotnet build -c Release bench/CodeAssure.Benchmarks >/dev/null
codeassure="dotnet $root/src/CodeAssure.Cli/bin/Release/net10.0/codeassure.dll"

# Fixtures: a synthetic 5,000-entry package-lock.json v3, and this repository's own NuGet lock files.
mkdir -p "$work/npm"
dotnet "$root/bench/CodeAssure.Benchmarks/bin/Release/net10.0/CodeAssure.Benchmarks.dll" npm-lock "$work/npm/package-lock.json" 5000

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_runs() { # command... -> median seconds
  for _ in $(seq "$runs"); do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    echo "$e - $s" | bc
  done | median
}
count() { node -e 'const b=JSON.parse(require("fs").readFileSync(process.argv[1]));console.log((b.components||[]).length)' "$1"; }

for target in "$work/npm" "$root"; do
  name=$([ "$target" = "$root" ] && echo "this repository (NuGet packages.lock.json)" || echo "synthetic package-lock.json, 5000 entries")
  ca=$(time_runs $codeassure sbom generate "$target" -o "$work/ca.json" --exclude 'tests/**/Fixtures/')
  cd "$target"
  cx=$(time_runs env FETCH_LICENSE=false CDXGEN_DEBUG_MODE= "$cdxgen" --no-install-deps -r -o "$work/cx.json" "$target")
  cd "$root"
  echo "$name: codeassure ${ca}s, $(count "$work/ca.json") components | cdxgen ${cx}s, $(count "$work/cx.json") components"
done
