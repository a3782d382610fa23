#!/usr/bin/env bash
# Side by side: CodeAssure's secrets scanner, ripgrep with the same pattern set, and secretlint (recommended preset),
# each run 3 times on the same tree; prints the median wall time, throughput (MB of the tree per second) and peak RSS.
#
# Usage: bench/secrets/run.sh [tree=/tmp/codeassure-secrets-tree] [secretlint-subtree]
#   The tree is built by make-tree.sh when missing. secretlint is slow, so it runs on a subtree (default: the
#   python3.11 copy inside the tree) on which the other two are measured as well.
# Needs: dotnet, rg (apt-get install ripgrep), /usr/bin/time, and secretlint installed in /tmp/secretlint:
#   mkdir -p /tmp/secretlint && cd /tmp/secretlint && npm init -y && npm install secretlint @secretlint/secretlint-rule-preset-recommend
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
tree="${1:-/tmp/codeassure-secrets-tree}"
[ -d "$tree" ] || "$here/make-tree.sh" "$tree"
subtree="${2:-$tree/_usr_lib_python3.11}"

dotnet build -c Release "$repo/src/CodeAssure.Cli" -v q -nologo >/dev/null
dotnet build -c Release "$repo/bench/CodeAssure.Benchmarks" -v q -nologo >/dev/null
cli="$repo/src/CodeAssure.Cli/bin/Release/net10.0/codeassure.dll"
patterns="$(mktemp)"
timing="$(mktemp)"
dotnet "$repo/bench/CodeAssure.Benchmarks/bin/Release/net10.0/CodeAssure.Benchmarks.dll" secrets-patterns > "$patterns"
# ripgrep's \b and classes are Unicode-aware by default, which slows a large union of patterns; the (?-u) variant
# matches ASCII only, as the .NET scanner's patterns do in practice (secrets are ASCII).
ascii="$(mktemp)"
sed 's/^/(?-u)/' "$patterns" > "$ascii"
cat > /tmp/secretlint/.secretlintrc.json <<'JSON'
{ "rules": [ { "id": "@secretlint/secretlint-rule-preset-recommend" } ] }
JSON

# measure <label> <folder> <command...>: 3 runs, median wall seconds and the largest peak RSS.
measure() {
  local label="$1" folder="$2"; shift 2
  local bytes; bytes=$(du -sb "$folder" | cut -f1)
  local times=() rss=0
  for _ in 1 2 3; do
    /usr/bin/time -o "$timing" -f "%e %M" "$@" >/dev/null 2>/dev/null || true
    local out; out=$(tail -1 "$timing")
    times+=("${out% *}")
    local kb="${out#* }"; [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  local median; median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  awk -v l="$label" -v b="$bytes" -v t="$median" -v r="$rss" \
    'BEGIN { printf "%-32s %8.1f MB  median %7.2f s  %8.1f MB/s  peak RSS %6.0f MB\n", l, b/1e6, t, (t > 0 ? b/1e6/t : 0), r/1024 }'
}

echo "tree: $tree ($(du -sh "$tree" | cut -f1)); $(nproc) cores"
measure "codeassure secrets scan" "$tree" dotnet "$cli" secrets scan "$tree" --format json
measure "rg -f patterns (same rules)" "$tree" rg --no-config --hidden --no-ignore -g '!.git' -g '!node_modules' -g '!bin' -g '!obj' -g '!vendor' -g '!third_party' -c -f "$patterns" "$tree"
measure "rg -f patterns, ASCII (?-u)" "$tree" rg --no-config --hidden --no-ignore -g '!.git' -g '!node_modules' -g '!bin' -g '!obj' -g '!vendor' -g '!third_party' -c -f "$ascii" "$tree"
echo "subtree: $subtree"
measure "codeassure secrets scan" "$subtree" dotnet "$cli" secrets scan "$subtree" --format json
measure "rg -f patterns (same rules)" "$subtree" rg --no-config --hidden --no-ignore -g '!.git' -g '!node_modules' -g '!bin' -g '!obj' -g '!vendor' -g '!third_party' -c -f "$patterns" "$subtree"
measure "rg -f patterns, ASCII (?-u)" "$subtree" rg --no-config --hidden --no-ignore -g '!.git' -g '!node_modules' -g '!bin' -g '!obj' -g '!vendor' -g '!third_party' -c -f "$ascii" "$subtree"
measure "secretlint (preset-recommend)" "$subtree" bash -c "cd /tmp/secretlint && npx secretlint --secretlintrc .secretlintrc.json '$subtree/**/*'"
rm -f "$patterns" "$ascii" "$timing"
