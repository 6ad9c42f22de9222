#!/usr/bin/env bash
# The audit workload side by side: our engine (`engine-bench audit-load N`, release
# build) and CLIPS 6.30 running Benchmarks/audit-load.clp on the same facts. Checks first
# that both leave the same findings standing, then counts instructions with valgrind
# (callgrind, whole process, minus the same run at N = 20 so that start-up and loading
# the program cancel out) or, without valgrind, times the median of 3 runs.
#
# usage: Benchmarks/compare-clips-audit.sh [N ...]      (default: 1000 4000 16000)
# Installs the Debian package `clips` when it is missing. Not part of CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 4000 16000)
if ! command -v clips >/dev/null; then
    echo "compare-clips-audit: installing clips…" >&2
    (apt-get install -y clips >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y clips >/dev/null)) \
        || { echo "compare-clips-audit: could not install clips" >&2; exit 2; }
fi
(cd "$root" && swift build -c release --product engine-bench >/dev/null)
ours=$root/.build/release/engine-bench
work=$(mktemp -d /tmp/compare-clips-audit-XXXXXX)
trap 'rm -rf "$work"' EXIT

batch() {  # batch FACTS [print] → a CLIPS batch file that runs the program on FACTS
    local file="$work/$(basename "$1" .clp)${2:+-print}.bat"
    cat >"$file" <<EOB
(unwatch compilations)
(load $root/Benchmarks/audit-load.clp)
(reset)
(load-facts $1)
(watch statistics)
(run)
${2:+(print-findings)}
(exit)
EOB
    echo "$file"
}

instructions() {  # instructions COMMAND… → instructions executed
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected/ { print $NF }'
}

median_time() {
    for _ in 1 2 3; do
        local start end
        start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
        echo $(( (end - start) / 1000 ))
    done | sort -n | sed -n 2p | awk '{ printf "%.3f", $1 / 1e6 }'
}

"$ours" audit-load 20 --clips "$work/base.clp"
for n in "${sizes[@]}"; do
    "$ours" audit-load "$n" --clips "$work/facts$n.clp"
    "$ours" audit-load "$n" --print | grep -v '^audit-load' | sort >"$work/ours$n.txt"
    timeout 600 clips -f2 "$(batch "$work/facts$n.clp" print)" </dev/null | grep -v 'rules fired\|mean number\|maximum\|Run time\|per second\|^[%*!]*$' \
        | grep . | sort >"$work/clips$n.txt"
    cmp -s "$work/ours$n.txt" "$work/clips$n.txt" \
        || { echo "compare-clips-audit: the findings differ at N = $n" >&2; diff "$work/ours$n.txt" "$work/clips$n.txt" | head >&2; exit 1; }
    findings=$(wc -l <"$work/ours$n.txt")
    ours_firings=$("$ours" audit-load "$n" | awk '{ for (i = 1; i < NF; i++) if ($i == "firings") print $(i + 1) }')
    clips_firings=$(timeout 600 clips -f2 "$(batch "$work/facts$n.clp")" </dev/null | awk '/rules fired/ { print $1 }')
    if command -v valgrind >/dev/null; then
        a=$(( $(instructions "$ours" audit-load "$n") - $(instructions "$ours" audit-load 20) ))
        b=$(( $(instructions clips -f2 "$(batch "$work/facts$n.clp")") - $(instructions clips -f2 "$(batch "$work/base.clp")") ))
        unit="instructions"
    else
        a=$(median_time "$ours" audit-load "$n"); b=$(median_time clips -f2 "$(batch "$work/facts$n.clp")"); unit="s"
    fi
    awk -v n="$n" -v a="$a" -v b="$b" -v u="$unit" -v f="$findings" -v fo="$ours_firings" -v fc="$clips_firings" \
        'BEGIN { printf "audit-load %6d  ours %12s  clips %12s %s  ratio %.2f  | same %d findings; firings ours %d clips %d\n", n, a, b, u, a / b, f, fo, fc }'
done
