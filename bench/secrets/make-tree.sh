#!/usr/bin/env bash
# Builds a large local source tree to scan (default ~1 GB) from folders present on a Debian machine with the .NET SDK.
# Usage: bench/secrets/make-tree.sh [target=/tmp/codeassure-secrets-tree]
set -euo pipefail
target="${1:-/tmp/codeassure-secrets-tree}"
if [ -d "$target" ]; then echo "$target exists"; exit 0; fi
mkdir -p "$target"
# The NuGet cache is added package by package, so the copy stops near 1 GB.
for source in /usr/lib/python3.11 /usr/include /usr/share/doc /usr/share/dotnet/sdk /usr/lib/node_modules /usr/share/perl "$HOME"/.nuget/packages/*; do
  [ -d "$source" ] || continue
  name="$(echo "$source" | tr '/' '_')"
  cp -a "$source" "$target/$name" 2>/dev/null || true
  size=$(du -sb "$target" | cut -f1)
  [ "$size" -gt 1000000000 ] && break
done
du -sh "$target"
