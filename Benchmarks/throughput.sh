#!/usr/bin/env bash
# Throughput and memory of `audit check` on folders of generated reports (copies of the
# sample reports, round-robin): CPU time per report, reports per second per core, wall
# time and peak resident memory, from /usr/bin/time. Then one report with k times the
# annexes of the largest sample (renumbered 附件1…附件9k), to show how time, memory and
# output grow with the size of one report. Release build; not part of CI.
#
# usage: Benchmarks/throughput.sh [--reports "1 50 1000"] [--annexes "1 4 16 64"] [--jobs N] [--format text]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=${SEEDS_DIR:-$root/../shared/seeds}
sizes="1 50 1000"
annexes="1 4 16 64"
jobs=""
format=text
while [ $# -gt 0 ]; do
    case $1 in
        --reports) sizes=$2; shift 2 ;;
        --annexes) annexes=$2; shift 2 ;;
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

[ -n "$annexes" ] || exit 0
# The sample with the most annexes; everything from its 附件 part on is repeated.
largest=$(ls -S "${samples[@]}" | head -1)
start=$(grep -n '^ *第.部分 *附件' "$largest" | head -1 | cut -d: -f1)
[ -n "$start" ] || { echo "throughput: no annex part in $largest" >&2; exit 2; }
count=$(tail -n +"$start" "$largest" | grep -c '^ *附件[0-9][0-9]* *$')
echo
printf '%8s %10s %12s %12s %10s\n' annexes "wall s" "peak MB" "output MB" findings
for k in $annexes; do
    report="$work/annexes-$k.txt"
    {
        head -n $((start - 1)) "$largest"
        for ((i = 0; i < k; i++)); do
            tail -n +"$start" "$largest" | perl -pe "s/^(\s*)附件(\d+)\s*\$/\$1.'附件'.(\$2+$count*$i).\"\n\"/e"
        done
    } >"$report"
    /usr/bin/time -f '%e %M' -o "$work/time" "$audit" check --format jsonl "$report" >"$work/out" 2>"$work/err" || true
    read -r wall rss < <(tail -1 "$work/time")
    findings=$(grep -o '"rule":' "$work/out" | wc -l)
    awk -v k="$k" -v w="$wall" -v r="$rss" -v o="$(stat -c %s "$work/out")" -v f="$findings" \
        'BEGIN { printf "%8d %10.2f %12.1f %12.1f %10d\n", k * '"$count"', w, r / 1024, o / 1048576, f }'
done
