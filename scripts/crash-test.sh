#!/usr/bin/env bash
# Kills a writer JVM with SIGKILL at random moments, N times (default 100), and checks after each restart that no
# committed document is lost, half-stored or duplicated. The normal test suite runs five of these kills.
#   scripts/crash-test.sh [KILLS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-100}"
seed="${2:-$(date +%s)}"
echo "crash test: $kills kills, seed $seed"
./mvnw -q -pl store -am test -Dtest=CrashSafetyTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dparley.kills="$kills" -Dparley.kills.seed="$seed"
grep -h "crash safety:" store/target/surefire-reports/*CrashSafetyTest-output.txt 2>/dev/null \
  || grep -h "Tests run" store/target/surefire-reports/org.parley.store.CrashSafetyTest.txt
