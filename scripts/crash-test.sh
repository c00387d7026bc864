#!/usr/bin/env bash
# Kills a writer JVM with SIGKILL at random moments, N times (default 100), and checks after each restart that no
# committed document is lost, half-stored or duplicated, and that the search index, opened as `parley search` and
# `parley serve` open it, agrees with the store (serve/.../IndexCrashSafetyTest: the writer alternately stores
# and indexes as the API does, and stores only, as `parley ingest` does). The normal suite runs three of these
# kills, and five of the store-only ones (store/.../CrashSafetyTest, run here with `store` as third argument).
#   scripts/crash-test.sh [KILLS] [SEED] [index|store]
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-100}"
seed="${2:-$(date +%s)}"
which="${3:-index}"
if [ "$which" = store ]; then module=store; test=CrashSafetyTest; else module=serve; test=IndexCrashSafetyTest; fi
echo "crash test ($test): $kills kills, seed $seed"
mkdir -p target
log="target/crash-test.log"
start=$(date +%s)
./mvnw -q -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dparley.kills="$kills" -Dparley.kills.seed="$seed" >"$log" 2>&1 || { tail -40 "$log"; exit 1; }
grep -h "crash safety:" "$log" || grep -h "Tests run" "$module"/target/surefire-reports/*"$test".txt
echo "($(( $(date +%s) - start )) s)"
