#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers with libFuzzer: builds the `fuzz` product with
# the fuzzer and AddressSanitizer, then runs each target for SECONDS from its committed
# seed corpus (Tests/Fuzz/corpus/TARGET) with its dictionary (Tests/Fuzz/dictionaries).
# A crash, a hang over 10 s or memory over 2 GB stops the target and leaves the input in
# .build-fuzz/artifacts/TARGET/; turn it into a regression (Tests/Fuzz/regressions).
#
# usage: Scripts/fuzz.sh TARGET|all SECONDS [libFuzzer options …]
#   targets: text rules zip docx wordml xlsx pdf html http
# Prints per target: executions, executions per second, coverage (edges) and features.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
all=(text rules zip docx wordml xlsx pdf html http)
[ $# -ge 2 ] || { sed -n '2,10p' "$0" >&2; exit 64; }
which=$1 seconds=$2
shift 2
if [ "$which" = all ]; then targets=("${all[@]}"); else targets=("$which"); fi
for target in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $target "* ]] || { echo "fuzz: no target '$target' (${all[*]})" >&2; exit 64; }
done

# The plugin that embeds knowledge/ is built with the same flags; lld links the fuzzer's
# runtime where gold fails.
scratch="$root/.build-fuzz"
(cd "$root" && swift build -c release --product fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >"$scratch.log" 2>&1) \
    || { tail -20 "$scratch.log" >&2; exit 2; }
binary="$scratch/release/fuzz"

dictionary() {
    case $1 in
        zip | docx | wordml | xlsx) echo xml ;;
        *) echo "$1" ;;
    esac
}

failed=0
printf '%-8s %12s %10s %8s %8s %8s\n' target runs "exec/s" cov ft corpus
for target in "${targets[@]}"; do
    work=$(mktemp -d /tmp/fuzz-"$target"-XXXXXX)
    mkdir -p "$work/corpus" "$scratch/artifacts/$target"
    cp "$root/Tests/Fuzz/corpus/$target/"* "$work/corpus/"
    status=0
    # The Swift backtracer would hang after a crash; leaks are not what is looked for.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binary" "$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="$root/Tests/Fuzz/dictionaries/$(dictionary "$target").dict" \
        -artifact_prefix="$scratch/artifacts/$target/" "$@" "$work/corpus" >"$work/log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$work/log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$work/log" | tail -1 | cut -d' ' -f2)
    printf '%-8s %12s %10s %8s %8s %8s\n' "$target" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$(ls "$work/corpus" | wc -l)"
    if [ "$status" -ne 0 ]; then
        failed=1
        echo "fuzz: $target failed (exit $status); the input is in $scratch/artifacts/$target/" >&2
        grep -E 'ERROR|Fatal|SUMMARY|Test unit written|deadly signal|timeout|out-of-memory' "$work/log" | head -20 >&2
    else
        rm -rf "$work"
    fi
done
exit $failed
