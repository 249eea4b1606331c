#!/usr/bin/env bash
# Whole-process scaling: makes dumps of 1k, 10k and 100k papers (1M with SIZES=...; never committed: they are made
# in a temporary folder from the bundled sample), converts each RUNS times per tag setting, and prints the median wall
# time, throughput and the largest peak RSS, beside `java -version` measured in the same run.
#
#   src/bench/scale.sh                                  # RUNS=5 SIZES="1000 10000 100000" TAGS="none vocab all"
#   RUNS=3 SIZES="100000" TAGS="all" src/bench/scale.sh
#   JAVA_OPTS="-Xmx384m" src/bench/scale.sh             # the same under a heap limit
#
# Runs go through the ./abs2bib launcher, as users run it (its JIT choice by input size, class-data sharing).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
sizes=${SIZES:-"1000 10000 100000"}
tags=${TAGS:-"none vocab all"}
opts=${JAVA_OPTS:-}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
mvn -q -B -DskipTests package test-compile >&2
cp=$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./abs2bib -q bib/trending-papers.txt -o "$work/warm-up.bib" # makes the class-data archive, once
for n in $sizes; do
  java -cp "target/test-classes:target/classes:$cp" org.abs2bib.bench.DumpGenerator "$n" "$work/d$n.txt"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
jv=$(for r in $(seq "$runs"); do s=$(date +%s%N); java -version 2>/dev/null; e=$(date +%s%N); echo $(( (e-s)/1000000 )); done | median)
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); java -version median ${jv} ms; JAVA_OPTS='${opts}'"
printf '%-6s %8s %9s %10s %9s %12s\n' tags papers MB "median s" "MB/s" "peak RSS MB"
for t in $tags; do
  flag=(--tags "$t"); [ "$t" = all ] && flag=()
  for n in $sizes; do
    f="$work/d$n.txt"; mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN{printf "%.1f", b/1e6}')
    : > "$work/runs"
    for r in $(seq "$runs"); do
      # shellcheck disable=SC2086
      ABS2BIB_JAVA_OPTS="$opts" /usr/bin/time -f "%e %M" -o "$work/t" ./abs2bib -q "${flag[@]}" "$f" -o "$work/o.bib" \
        --force 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
      cat "$work/t" >> "$work/runs"
    done
    wall=$(awk '{print $1}' "$work/runs" | median)
    rss=$(awk '{print $2}' "$work/runs" | sort -n | tail -1)
    awk -v t="$t" -v n="$n" -v mb="$mb" -v w="$wall" -v r="$rss" \
      'BEGIN{printf "%-6s %8d %9s %10.2f %9.2f %12.0f\n", t, n, mb, w, mb/w, r/1024}'
  done
done
