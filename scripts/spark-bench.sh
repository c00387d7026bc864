#!/usr/bin/env bash
# Spark scaling benchmark (issue 8, docs/benchmarks.md "Spark"): steady-state articles/s of the single-process
# pipeline and of the Spark job with 1 and 2 task threads, each in a fresh JVM. The one-thread runs are pinned to
# one CPU (taskset), so that Spark's, the JIT's and the collector's threads share that CPU as a task's would on a
# busy executor; the two-thread runs get two CPUs. Every run uses the same garbage collector (PARLEY_BENCH_GC,
# default -XX:+UseParallelGC): left to itself the JVM picks the serial collector on one CPU and G1 on two, and the
# comparison would then measure collectors as well as cores.
#   scripts/spark-bench.sh [ARTICLES] [ROUNDS]      (default 5000 articles, 3 rounds)
#   PARLEY_BENCH_GC=-XX:+UseG1GC scripts/spark-bench.sh
#   PARLEY_BENCH_MODES='local[1] local[2]' scripts/spark-bench.sh 5000 4     (some modes only)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-5000}"
rounds="${2:-3}"
. "$root/.mvn/find-jdk.sh"
parley_find_jdk || { echo "spark-bench: no JDK 21 or newer found" >&2; exit 2; }
jar="$root/spark/target/parley-spark.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests package >&2)
command -v taskset >/dev/null || { echo "spark-bench: taskset (util-linux) is needed to pin the one-core runs" >&2; exit 2; }
gc="${PARLEY_BENCH_GC:--XX:+UseParallelGC}"
java_cmd=("$JAVA_HOME/bin/java" -Xmx6g "$gc" --enable-native-access=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dparley.home="$root" -cp "$jar:$root/spark/target/lib/*" org.parley.spark.SparkBenchmark)
echo "# $(date -u +%FT%TZ) $(nproc) CPUs, load: $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), $gc"
# One fresh JVM per mode; the one-thread modes on CPU 0 alone, the others on CPUs 0 and 1 (no file-name globbing:
# "local[1]" is a mode, not a pattern).
set -f
for mode in ${PARLEY_BENCH_MODES:-pipeline local[1] local[2] pipeline[2]}; do
  case "$mode" in
    pipeline|'local[1]'|'pipeline[1]') cpus=0 ;;
    *) cpus=0,1 ;;
  esac
  taskset -c "$cpus" "${java_cmd[@]}" "$mode" "$n" "$rounds" 2>/dev/null
done
