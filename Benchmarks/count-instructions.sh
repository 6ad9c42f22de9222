#!/usr/bin/env bash
# Instructions the reader and the whole check take on the sample reports, counted by
# valgrind (callgrind), for this work tree and a base revision side by side in one run:
# counts do not drift with the load of a shared machine as seconds do.
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

count() {  # tree command
    (cd "$1" && valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        .build/release/engine-bench "$2" --repeat "$repeat" "$seeds"/*.txt 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
}
printf '%-6s %18s %18s %8s\n' pass "base ($base)" "work tree" change
for command in read check; do
    before=$(count "$work/base" "$command")
    after=$(count "$root" "$command")
    printf '%-6s %18s %18s %7s%%\n' "$command" "$before" "$after" \
        "$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')"
done
