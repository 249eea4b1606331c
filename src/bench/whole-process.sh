#!/usr/bin/env bash
# Whole-process timing: median wall time of N runs of a command, beside `java -version` on the same machine in the
# same run, so the figure reads as a ratio that survives a noisy, shared machine.
#
#   src/bench/whole-process.sh [RUNS] -- COMMAND...
#   src/bench/whole-process.sh 9 -- ./abs2bib -q bib/trending-papers.txt -o /tmp/out.bib --force
set -euo pipefail
runs=5
if [ "${1:-}" != "--" ]; then runs=$1; shift; fi
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: $0 [RUNS] -- COMMAND..." >&2; exit 2; }

median_ms() { # runs the arguments RUNS times (after one warm-up), prints the median in milliseconds
  local times=() t0 t1
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

jv=$(median_ms java -version)
cmd=$(median_ms "$@")
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "runs: $runs (median, after one warm-up)"
echo "java -version: ${jv} ms"
echo "command:       ${cmd} ms   ($*)"
awk -v a="$cmd" -v b="$jv" 'BEGIN {printf "ratio:         %.2f x java -version\n", a / b}'
