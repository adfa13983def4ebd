#!/usr/bin/env bash
# The "Spark backfill" figure of docs/benchmarks.md: the backfill job on N generated articles with
# local[1] and local[2] (RUNS times each), articles/s and the ratio. Usage: bench/spark.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
FLAGS="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)"
uptime
# shellcheck disable=SC2086
java $FLAGS -cp "target/diplokg.jar:$(cat target/spark.classpath)" org.diplokg.spark.SparkBench "${1:-2000}" "${2:-3}"
uptime
