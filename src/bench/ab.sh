#!/usr/bin/env bash
# A/B of two builds, whole process: alternates launcher A and launcher B on the same arguments, RUNS times each, and
# prints the median wall time and the largest peak RSS of each, beside `java -version` measured in the same run.
# Alternating keeps a shared, noisy machine's drift out of the comparison.
#
#   git worktree add /tmp/before <commit> && /tmp/before/abs2bib --version     # builds the other side once
#   src/bench/ab.sh /tmp/before/abs2bib ./abs2bib 15 -- -q bib/trending-papers.txt
set -euo pipefail
[ $# -ge 4 ] && [ "$4" = "--" ] || { echo "usage: $0 LAUNCHER_A LAUNCHER_B RUNS -- ARGS..." >&2; exit 2; }
a=$1; b=$2; runs=$3; shift 4
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$a" "$@" >/dev/null 2>&1 || true; "$b" "$@" >/dev/null 2>&1 || true   # warm-up: builds, class-data archives
ta=(); tb=(); ra=(); rb=(); failed=0
# GNU time writes "Command exited with non-zero status N" before its line when a run fails: read the last line, count it
timed() { local st=0; /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>&1 || st=1; echo "$(tail -n 1 "$out") $st"; }
for _ in $(seq "$runs"); do
  read -r s k st < <(timed "$a" "$@"); ta+=("$s"); ra+=("$k"); failed=$((failed + st))
  read -r s k st < <(timed "$b" "$@"); tb+=("$s"); rb+=("$k"); failed=$((failed + st))
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
largest() { printf '%s\n' "$@" | sort -n | tail -1; }
jv=(); for _ in $(seq "$runs"); do t0=$(date +%s%N); java -version 2>/dev/null; t1=$(date +%s%N); jv+=($(( (t1 - t0) / 1000000 ))); done
echo "A $(median "${ta[@]}") s, $(( $(largest "${ra[@]}") / 1024 )) MB peak RSS  ($a)"
echo "B $(median "${tb[@]}") s, $(( $(largest "${rb[@]}") / 1024 )) MB peak RSS  ($b)"
echo "java -version $(median "${jv[@]}") ms; $runs runs each, alternating; arguments: $*"
[ "$failed" -eq 0 ] || echo "warning: $failed runs exited non-zero (their times are in the medians)" >&2
