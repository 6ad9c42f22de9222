#!/usr/bin/env bash
# Throughput and memory of `audit check` on folders of generated reports (copies of the
# sample reports, round-robin): CPU time per report, reports per second per core, wall
# time and peak resident memory, from /usr/bin/time. Release build; not part of CI.
#
# usage: Benchmarks/throughput.sh [--reports "1 50 1000"] [--jobs N] [--format text]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=${SEEDS_DIR:-$root/../shared/seeds}
sizes="1 50 1000"
jobs=""
format=text
while [ $# -gt 0 ]; do
    case $1 in
        --reports) sizes=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --format) format=$2; shift 2 ;;
        *) echo "throughput: unknown argument $1" >&2; exit 64 ;;
    esac
done
[ -d "$seeds" ] || { echo "throughput: no sample reports at $seeds (set SEEDS_DIR)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "throughput: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
(cd "$root" && swift build -c release --product audit >/dev/null)
audit="$(cd "$root" && swift build -c release --show-bin-path)/audit"
work=$(mktemp -d /tmp/throughput-XXXXXX)
trap 'rm -rf "$work"' EXIT
mapfile -t samples < <(ls "$seeds"/*.txt | sort)

printf '%8s %12s %12s %10s %12s %12s\n' reports "cpu ms/rep" "reps/s/core" "wall s" "peak MB" "output MB"
for n in $sizes; do
    folder="$work/reports-$n"
    mkdir -p "$folder"
    for ((i = 0; i < n; i++)); do
        cp "${samples[$((i % ${#samples[@]}))]}" "$folder/$(printf '%06d' "$i").txt"
    done
    args=(check --format "$format")
    [ -n "$jobs" ] && args+=(--jobs "$jobs")
    /usr/bin/time -f '%U %S %e %M' -o "$work/time" "$audit" "${args[@]}" "$folder" >"$work/out" 2>"$work/err" || true
    read -r user sys wall rss < <(tail -1 "$work/time")
    size=$(stat -c %s "$work/out")
    awk -v n="$n" -v u="$user" -v s="$sys" -v w="$wall" -v r="$rss" -v o="$size" 'BEGIN {
        cpu = (u + s) * 1000 / n
        printf "%8d %12.2f %12.1f %10.2f %12.1f %12.1f\n", n, cpu, 1000 / cpu, w, r / 1024, o / 1048576 }'
    rm -rf "$folder"
done
