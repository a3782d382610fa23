#!/usr/bin/env bash
# Issue 8 target: verifying 1,000 attestations takes <= 2 s. Usage: run.sh [runs=5] [count=1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release bench/CodeAssure.Benchmarks -v q >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/CodeAssure.Benchmarks/bin/Release/net10.0/CodeAssure.Benchmarks.dll attest-verify "${1:-5}" "${2:-1000}"
