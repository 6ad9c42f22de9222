#!/usr/bin/env bash
# Drives `audit train` in tmux as a trainee would: types commands, reads the screen,
# submits, and checks the score on screen and the progress file left behind.
# Skips (exit 0) where tmux is not installed.
set -euo pipefail
if ! command -v tmux > /dev/null; then
  echo "trainer-tmux: tmux is not installed; skipped"
  exit 0
fi
cd "$(dirname "$0")/../.."
swift build --product audit > /dev/null
audit="$(swift build --show-bin-path)/audit"
work=$(mktemp -d)
session="audit-train-$$"
trap 'tmux kill-session -t "$session" 2> /dev/null || true; rm -rf "$work"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8

tmux new-session -d -s "$session" -x 160 -y 50 \
  "'$audit' train weight-typo --trainee 测试 --progress-file '$work/progress.json'; echo '[[trainer ended]]'; sleep 60"

screen() { tmux capture-pane -p -J -t "$session" -S -2000; }
type_line() { tmux send-keys -t "$session" -l "$1"; tmux send-keys -t "$session" Enter; }
expect() {
  for _ in $(seq 1 120); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.25
  done
  echo "trainer-tmux: never saw “$1” on the screen:"
  screen | tail -40
  exit 1
}

expect "案例 weight-typo：文化惠民工程"
type_line "s 66"
expect " 70 | "
type_line "r 权重"
expect "weight-total  权重合计不符（高）"
type_line "a weight-total 70"
expect "记下 #1：weight-total（权重合计不符）项目 第 70 行"
type_line "a 结余率 14"
expect "记下 #2"
type_line "l"
expect "#2 balance-over-limit"
type_line "d 2"
expect "已删除：balance-over-limit"
type_line "a 权重过大 70"
expect "记下 #2：weight-outsized（单项指标权重过大）项目 第 70 行"
type_line "submit"
expect "[[trainer ended]]"
expect "找到 2 个（召回率 100.0%）"
expect "全部找到，没有误报。"
expect "进度已记入 $work/progress.json（学员：测试）"
grep -q '"found" : 2' "$work/progress.json" || { echo "trainer-tmux: progress file lacks the session"; cat "$work/progress.json"; exit 1; }
echo "trainer-tmux: ok"
