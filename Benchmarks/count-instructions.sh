#!/usr/bin/env bash
# Instructions the reader and the whole check take on the sample reports, and the engine
# alone on Miss Manners (32 guests) and the synthetic audit load, counted by valgrind
# (callgrind), for this work tree and a base revision side by side in one run: counts do
# not drift with the load of a shared machine as seconds do.
#
# usage: Benchmarks/count-instructions.sh [BASE_REVISION] [--repeat N]   (default HEAD~1, 10)
# Needs valgrind (apt-get install valgrind). Not part of CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=${SEEDS_DIR:-$root/../shared/seeds}
base=HEAD~1
repeat=10
while [ $# -gt 0 ]; do
    case $1 in
        --repeat) repeat=$2; shift 2 ;;
        *) base=$1; shift ;;
    esac
done
[ -d "$seeds" ] || { echo "count-instructions: no sample reports at $seeds (set SEEDS_DIR)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "count-instructions: valgrind is not installed" >&2; exit 2; }

work=$(mktemp -d /tmp/count-instructions-XXXXXX)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null 2>&1
echo "count-instructions: building engine-bench (release) at $base and in the work tree…" >&2
(cd "$work/base" && swift build -c release --product engine-bench >/dev/null)
(cd "$root" && swift build -c release --product engine-bench >/dev/null)

count() {  # tree pass
    local arguments
    case $2 in
        manners) arguments=(manners "$work/manners64.fct") ;;
        audit-load) arguments=(audit-load 5000) ;;
        *) arguments=("$2" --repeat "$repeat" "$seeds"/*.txt) ;;
    esac
    (cd "$1" && valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        .build/release/engine-bench "${arguments[@]}" 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
}
# 64 guests from the shared benchmark kit's generator (the committed 32-guest fixture without it).
if [ -f "$root/../shared/bench/gen_manners.py" ]; then
    python3 "$root/../shared/bench/gen_manners.py" 64 --seed 3 >"$work/manners64.fct"
else
    cp "$root/Tests/EngineWorkloadsTests/Fixtures/manners32-seed1.fct" "$work/manners64.fct"
fi
printf '%-10s %18s %18s %8s\n' pass "base ($base)" "work tree" change
for pass in read check manners audit-load; do
    before=$(count "$work/base" "$pass")
    after=$(count "$root" "$pass")
    # 64 guests from the shared benchmark kit's generator (the committed 32-guest fixture without it).
if [ -f "$root/../shared/bench/gen_manners.py" ]; then
    python3 "$root/../shared/bench/gen_manners.py" 64 --seed 3 >"$work/manners64.fct"
else
    cp "$root/Tests/EngineWorkloadsTests/Fixtures/manners32-seed1.fct" "$work/manners64.fct"
fi
printf '%-10s %18s %18s %7s%%\n' "$pass" "$before" "$after" \
        "$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')"
done
