#!/usr/bin/env bash
# Issue 7 target: re-matching 200 releases × 1,000 components after an OSV update in <= 10 s.
# Usage: bench/monitoring/run.sh [runs=3] [releases=200] [components=1000] [records=20000] [database]
#   database: a PostgreSQL connection string for a THROWAWAY database (default: SQLite in a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}; releases=${2:-200}; components=${3:-1000}; records=${4:-20000}; database=${5:-}

dotnet build bench/CodeAssure.Benchmarks -c Release -v q -nologo >/dev/null
for run in $(seq 1 "$runs"); do
  echo "== run $run (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  if [ -n "$database" ]; then
    dotnet bench/CodeAssure.Benchmarks/bin/Release/net10.0/CodeAssure.Benchmarks.dll monitoring-rematch "$releases" "$components" "$records" "$database"
  else
    dotnet bench/CodeAssure.Benchmarks/bin/Release/net10.0/CodeAssure.Benchmarks.dll monitoring-rematch "$releases" "$components" "$records"
  fi
done
