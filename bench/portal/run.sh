#!/usr/bin/env bash
# Trust portal under wrk (issue 7 target: >= 2,000 requests/s and p99 <= 50 ms on loopback, 2 cores).
# Seeds one organisation with a public portal (20 products, 50 CSAF advisories, incidents, a disclosure policy) and
# runs wrk -t2 -c32 --latency against the overview, the advisory list, one advisory and one product page.
# Usage: bench/portal/run.sh [duration=15s] [port=5091] [products=20] [advisories=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15s}; port=${2:-5091}; products=${3:-20}; advisories=${4:-50}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 3; }

dotnet build bench/CodeAssure.Benchmarks -c Release -v q -nologo >/dev/null
out=$(mktemp); err=$(mktemp)
dotnet bench/CodeAssure.Benchmarks/bin/Release/net10.0/CodeAssure.Benchmarks.dll portal-serve "$products" "$advisories" "$port" >"$out" 2>"$err" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$out" "$err"' EXIT

for _ in $(seq 1 600); do
  [ "$(grep -c '^URL: ' "$out")" -ge 4 ] && break
  kill -0 $server 2>/dev/null || { cat "$err" >&2; exit 3; }
  sleep 0.5
done
mapfile -t urls < <(sed -n 's/^URL: //p' "$out")
[ "${#urls[@]}" -ge 4 ] || { echo "no URLs from portal-serve" >&2; cat "$err" >&2; exit 3; }

for url in "${urls[@]}"; do
  status=$(curl -s -o /tmp/portalbench-page.html -w '%{http_code}' "$url")
  [ "$status" = 200 ] || { echo "$url: HTTP $status" >&2; exit 3; }
  echo "$url: HTTP 200, $(wc -c </tmp/portalbench-page.html) bytes"
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for url in "${urls[@]}"; do
  echo "== wrk $url"
  wrk -t2 -c32 -d"$duration" --latency "$url" | grep -E '^\s+(50|90|99)%|Requests/sec|Non-2xx|Socket errors'
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
