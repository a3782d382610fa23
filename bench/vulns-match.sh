#!/usr/bin/env bash
# Vulnerability matching at volume: 300,000 synthetic advisories (realistic OSV shape) imported from an all.zip,
# a 10,000-component SBOM, then (1) warm in-process matching through the index and a brute-force matcher on a
# sample, (2) cold: the real `codeassure vulns scan` process, wall time and peak RSS (/usr/bin/time), median of 3.
#   bash bench/vulns-match.sh [folder=/tmp/codeassure-vulns-bench]
set -euo pipefail
folder=${1:-/tmp/codeassure-vulns-bench}
dotnet build -c Release src/CodeAssure.Cli >/dev/null
dotnet build -c Release bench/CodeAssure.Benchmarks >/dev/null
bench="dotnet bench/CodeAssure.Benchmarks/bin/Release/net10.0/CodeAssure.Benchmarks.dll"
[ -f "$folder/osv.idx" ] || $bench vulns-setup "$folder" 300000 10000
$bench vulns-match "$folder" 5 300000 10000 200
for _ in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$folder/time.txt" dotnet src/CodeAssure.Cli/bin/Release/net10.0/codeassure.dll \
    vulns scan "$folder/bom.json" --db "$folder/osv.idx" --format json -o "$folder/findings.json" || true
  cat "$folder/time.txt"
done | sort -n | awk 'NR==2 {printf "vulns scan (cold process, index load included): median %.2f s, peak RSS %d MB\n", $1, $2/1024}'
