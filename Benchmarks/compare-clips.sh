#!/usr/bin/env bash
# Miss Manners side by side: our engine (release build) and CLIPS 6.30 on the same
# generated data, and our engine again with the program written in the rule language
# (Benchmarks/manners.rules) instead of the engine API. Every seating is validated
# before anything is timed; each time is the median wall time of 3 whole-process runs,
# as in ../shared/bench/bench.sh.
#
# usage: Benchmarks/compare-clips.sh [--seed S] [N ...]      (default: 16 32 64 128, seed 3)
# Needs python3; installs the Debian package `clips` when it is missing.
# Not part of CI.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH_DIR:-$root/../shared/bench}
seed=3
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seed) seed=$2; shift 2 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) sizes+=("$1"); shift ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(16 32 64 128)

[ -f "$bench/gen_manners.py" ] || { echo "compare-clips: no benchmark kit at $bench (set BENCH_DIR)" >&2; exit 2; }
if ! command -v clips >/dev/null; then
    echo "compare-clips: installing clips…" >&2
    (apt-get install -y clips >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y clips >/dev/null)) \
        || { echo "compare-clips: could not install clips" >&2; exit 2; }
fi

echo "compare-clips: building engine-bench (release)…" >&2
(cd "$root" && swift build -c release --product engine-bench >/dev/null)
ours=$root/.build/release/engine-bench

work=$(mktemp -d /tmp/compare-clips-XXXXXX)
trap 'rm -rf "$work"' EXIT

# Median of three wall times of a command, in seconds.
median_time() {
    local times=()
    for _ in 1 2 3; do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        times+=("$(( (end - start) / 1000 ))")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | awk '{ printf "%.3f", $1 / 1e6 }'
}

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); seed $seed" >&2
for n in "${sizes[@]}"; do
    facts=$work/manners$n.fct
    python3 "$bench/gen_manners.py" "$n" --seed "$seed" > "$facts"

    "$ours" manners "$facts" --print > "$work/ours$n.txt"
    python3 "$bench/check_seating.py" "$facts" "$work/ours$n.txt" >/dev/null \
        || { echo "compare-clips: our seating for $n guests is invalid" >&2; exit 1; }
    "$ours" manners "$facts" --print --rules "$root/Benchmarks/manners.rules" > "$work/lang$n.txt"
    python3 "$bench/check_seating.py" "$facts" "$work/lang$n.txt" >/dev/null \
        || { echo "compare-clips: the rule-language seating for $n guests is invalid" >&2; exit 1; }
    "$bench/run_manners.sh" "$facts" depth t > "$work/clips$n.txt"
    python3 "$bench/check_seating.py" "$facts" "$work/clips$n.txt" >/dev/null \
        || { echo "compare-clips: the CLIPS seating for $n guests is invalid" >&2; exit 1; }

    ours_firings=$(awk '/^firings/ {print $2}' "$work/ours$n.txt")
    clips_firings=$(grep -o '^[0-9]* rules fired' "$work/clips$n.txt" | awk '{print $1}')
    t_ours=$(median_time "$ours" manners "$facts")
    t_lang=$(median_time "$ours" manners "$facts" --rules "$root/Benchmarks/manners.rules")
    t_clips=$(median_time "$bench/run_manners.sh" "$facts" depth nil)
    ratio=$(awk -v a="$t_ours" -v b="$t_clips" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    overhead=$(awk -v a="$t_lang" -v b="$t_ours" 'BEGIN { if (b > 0) printf "%+.0f%%", (a / b - 1) * 100; else print "n/a" }')
    echo "manners $n ours $t_ours s clips $t_clips s ratio $ratio | rule language $t_lang s ($overhead over the API) | firings ours $ours_firings clips $clips_firings"
done
