#!/bin/sh
# Runs one of the reference scripts into the build tree and compares its output with the committed copy.
#   sh check_fresh.sh <script.js> <output> <committed>
# Exits 77 (CTest: SKIPPED) when node or the pinned packages (tools/reference/node_modules) are missing.
set -eu
script=$1 out=$2 committed=$3
here=${0%/*}
if ! command -v node >/dev/null 2>&1; then
  echo "SKIPPED: node is not installed"; exit 77
fi
# Every dependency pinned in package.json must be installed (an older node_modules may lack a newer pin).
if ! node -e '
  const fs = require("fs"), path = require("path"), dir = process.argv[1];
  const deps = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).dependencies || {});
  process.exit(deps.every((d) => fs.existsSync(path.join(dir, "node_modules", d, "package.json"))) ? 0 : 1);
' "$here"; then
  echo "SKIPPED: the pinned reference packages are not installed (npm ci --prefix tools/reference)"; exit 77
fi
rm -f "$out"
node "$script" "$out"
if cmp -s "$out" "$committed"; then
  echo "$committed is byte-identical to a fresh run of $(basename "$script")"
else
  diff -u "$committed" "$out" | head -50 || true
  echo "FAILED: $out differs from the committed $committed"; exit 1
fi
