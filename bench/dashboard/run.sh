#!/usr/bin/env bash
# Dashboard under wrk (issue 6 target: 50 products, p95 <= 50 ms, 32 connections on loopback) and the 5 MB upload.
# Usage: bench/dashboard/run.sh [runs=3] [products=50] [port=5090] [duration=20s]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}; products=${2:-50}; port=${3:-5090}; duration=${4:-20s}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk; else sudo apt-get install -y -q wrk; fi
fi

dotnet build bench/CodeAssure.Benchmarks -c Release -v q -nologo >/dev/null
out=$(mktemp); err=$(mktemp)
dotnet bench/CodeAssure.Benchmarks/bin/Release/net10.0/CodeAssure.Benchmarks.dll dashboard-serve "$products" "$port" >"$out" 2>"$err" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$out" "$err"' EXIT

for _ in $(seq 1 600); do
  grep -q '^URL: ' "$out" && break
  kill -0 $server 2>/dev/null || { cat "$err" >&2; exit 3; }
  sleep 0.5
done
url=$(sed -n 's/^URL: //p' "$out"); cookie=$(sed -n 's/^Cookie: //p' "$out")
[ -n "$url" ] || { echo "no URL from dashboard-serve" >&2; cat "$err" >&2; exit 3; }
cat "$err" >&2
grep '^upload: ' "$out"

# The real dashboard, not a redirect to the sign-in page.
status=$(curl -s -o /tmp/dashbench-page.html -w '%{http_code}' -H "Cookie: $cookie" "$url")
if [ "$status" != 200 ] || ! grep -q '<title>Self-assessment dashboard' /tmp/dashbench-page.html; then
  echo "dashboard check failed: HTTP $status" >&2; exit 3
fi
echo "dashboard: HTTP 200, $(wc -c </tmp/dashbench-page.html) bytes, $(grep -o '<svg' /tmp/dashbench-page.html | wc -l) SVG charts"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  echo "== wrk run $run"
  wrk -t2 -c32 -d"$duration" --latency -s bench/dashboard/p95.lua -H "Cookie: $cookie" "$url" \
    | grep -E '^\s+(50|90|99)%|Requests/sec|p95_ms|rps|non2xx|Socket errors'
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
