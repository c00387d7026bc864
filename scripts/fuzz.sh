#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer (docs/reliability.md): fuzzes each target for DURATION (default 3m), one
# after the other, and prints how many inputs each one ran. A crash stops that target and leaves the input as
# src/test/resources/<package>/<Class>Inputs/<method>/crash-*, which the normal suite then runs as a regression
# test. Each target's @Timeout (10 s) is Jazzer's limit per input (a slower input is a finding: a hang); JUnit's
# own time-out, which would count the whole run, is switched off here. The inputs Jazzer keeps for coverage go to <module>/.cifuzz-corpus/ (not committed).
#   scripts/fuzz.sh [DURATION] [TARGET...]     e.g. scripts/fuzz.sh 2m DatesFuzzTest WarcFuzzTest
set -uo pipefail
cd "$(dirname "$0")/.."
duration="${1:-3m}"
shift || true
# module:class:the libraries instrumented for coverage beside Parley's own code (the parsers doing the work).
targets=(
  extract:DatesFuzzTest:
  extract:ArticleExtractorFuzzTest:org.jsoup.**
  ingest:FeedsFuzzTest:com.rometools.**,org.jdom2.**
  ingest:WarcFuzzTest:org.netpreserve.jwarc.**
  ingest:JsonLinesFuzzTest:com.fasterxml.jackson.core.**
  code:PatternsFuzzTest:
  annotate:ActorRegistryFuzzTest:
)
if [ $# -gt 0 ]; then
  wanted=" $* "
  chosen=()
  for t in "${targets[@]}"; do
    class="${t#*:}"
    case "$wanted" in *" ${class%%:*} "*) chosen+=("$t") ;; esac
  done
  targets=("${chosen[@]}")
fi
mkdir -p target/fuzz
failed=0
for t in "${targets[@]}"; do
  module="${t%%:*}"
  rest="${t#*:}"
  class="${rest%%:*}"
  libs="${rest#*:}"
  instrument="org.parley.**${libs:+,$libs}"
  log="target/fuzz/$class.log"
  echo "== $class ($module), $duration"
  start=$(date +%s)
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" ./mvnw -q -pl "$module" -am test -Dtest="$class" \
    -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true -Djazzer.max_duration="$duration" \
    -Djazzer.instrument="$instrument" \
    -Djunit.jupiter.execution.timeout.mode=disabled >"$log" 2>&1
  rc=$?
  runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  echo "   ${runs:-no 'Done' line} ($(( $(date +%s) - start )) s with the build), exit $rc"
  if [ $rc -ne 0 ]; then
    failed=1
    grep -E 'FuzzTestFinding|Exception:|Test unit written|timeout|out-of-memory' "$log" | head -5 | sed 's/^/   /'
  fi
done
exit $failed
