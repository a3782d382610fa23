#!/usr/bin/env bash
# Vulnerability matching at volume: 300,000 synthetic advisories (realistic OSV shape) imported from an all.zip,
# a 10,000-component SBOM, then (1) warm in-process matching through the index and a brute-force matcher on a
# sample, (2) cold: the real `codeassure vulns scan` process, wall time, CPU time (user+sys) and peak RSS
# (/usr/bin/time), median of 3 by wall time. On a busy machine compare CPU times: the load inflates them far less.
#   bash bench/vulns-match.sh [folder=/tmp/codeassure-vulns-bench]
set -euo pipefail
folder=${1:-/tmp/codeassure-vulns-bench}
dotnet build -c Release src/CodeAssure.Cli >/dev/null
dotnet build -c Release bench/CodeAssure.Benchmarks >/dev/null
bench="dotnet bench/CodeAssure.Benchmarks/bin/Release/net10.0/CodeAssure.Benchmarks.dll"
# Rebuild the data when there is none or the index has another format version than this build writes (2).
version=$( [ -f "$folder/osv.idx" ] && od -An -tu4 -j8 -N4 "$folder/osv.idx" | tr -d ' ' || echo none)
[ "$version" = 2 ] || $bench vulns-setup "$folder" 300000 10000
$bench vulns-match "$folder" 5 300000 10000 200
for _ in 1 2 3; do
  /usr/bin/time -f "%e %M %U %S" -o "$folder/time.txt" dotnet src/CodeAssure.Cli/bin/Release/net10.0/codeassure.dll \
    vulns scan "$folder/bom.json" --db "$folder/osv.idx" --format json -o "$folder/findings.json" || true
  tail -n 1 "$folder/time.txt"   # GNU time puts "Command exited with non-zero status 1" (findings) first
done | sort -n | awk 'NR==2 {printf "vulns scan (cold process, index load included): median %.2f s, CPU %.2f s, peak RSS %d MB\n", $1, $3 + $4, $2/1024}'
