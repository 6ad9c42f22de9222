#!/usr/bin/env bash
# Whether a refactoring changed what people read: builds `audit` at a base revision and
# in the work tree, runs both on every shipped case and sample report (check in every
# format, facts, explain and why-not with and without --detail, rules list/show), and
# diffs the outputs byte for byte.
#
# usage: Scripts/same-output.sh [BASE_REVISION]   (default HEAD)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=${SEEDS_DIR:-$root/../shared/seeds}
base=${1:-HEAD}
work=$(mktemp -d /tmp/same-output-XXXXXX)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null 2>&1
echo "same-output: building audit at $base and in the work tree…" >&2
(cd "$work/base" && swift build --product audit >/dev/null)
(cd "$root" && swift build --product audit >/dev/null)

reports=$(cd "$root" && { find cases -type f -name 'report.*'; [ -d "$seeds" ] && ls "$seeds"/*.txt; } | sort)
run_all() {  # tree output-folder
    local audit="$1/.build/debug/audit" out=$2 n=0
    mkdir -p "$out"
    cd "$root"
    "$audit" rules list >"$out/rules-list" 2>&1 || true
    for rule in $(sed -n 's/^rule \([a-z0-9-]*\).*/\1/p' knowledge/*.rules); do
        "$audit" rules show "$rule" >>"$out/rules-show" 2>&1 || true
    done
    for report in $reports; do
        n=$((n + 1))
        for format in text json markdown html sarif csv; do
            "$audit" check -f "$format" "$report" >"$out/$n.check.$format" 2>&1 || true
        done
        "$audit" facts "$report" >"$out/$n.facts" 2>&1 || true
        "$audit" explain "$report" 1 >"$out/$n.explain" 2>&1 || true
        "$audit" explain --detail "$report" 1 >"$out/$n.explain-detail" 2>&1 || true
        for rule in balance-over-limit weight-total; do
            "$audit" why-not "$report" "$rule" >"$out/$n.why-not.$rule" 2>&1 || true
            "$audit" why-not --detail "$report" "$rule" >"$out/$n.why-not-detail.$rule" 2>&1 || true
        done
    done
}
run_all "$work/base" "$work/before"
run_all "$root" "$work/after"
if diff -r "$work/before" "$work/after" >"$work/diff"; then
    echo "same-output: identical ($(ls "$work/after" | wc -l) outputs, $(echo "$reports" | wc -l) reports)"
else
    head -100 "$work/diff"
    echo "same-output: outputs differ from $base" >&2
    exit 1
fi
