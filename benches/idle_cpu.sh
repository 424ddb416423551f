#!/bin/sh
# Idle CPU of the game window: the game sits untouched for 30 seconds on
# each of the start screen, the desk (the library's first case) and the
# trainer's overview (of a small log made here from the model scripts), and
# its CPU time over those seconds is read from /proc/PID/stat. The figure is
# a share of one core (100% = one core busy).
#
# Usage: benches/idle_cpu.sh [BINARY] (default: target/release/klachtsim;
# build it first with `cargo build --release`). Needs Xvfb and Mesa's
# software Vulkan driver: apt-get install -y xvfb mesa-vulkan-drivers
# libxkbcommon-x11-0. IDLE_SECONDS changes the 30 seconds, IDLE_WARMUP the
# 5 seconds the window gets to open and settle before measuring.
set -eu

cd "$(dirname "$0")/.."
bin=${1:-target/release/klachtsim}
seconds=${IDLE_SECONDS:-30}
warmup=${IDLE_WARMUP:-5}
[ -x "$bin" ] || { echo "no binary at $bin: build it with cargo build --release" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "Xvfb is missing: apt-get install -y xvfb mesa-vulkan-drivers libxkbcommon-x11-0" >&2; exit 1; }

work=$(mktemp -d)
xvfb=""
game=""
cleanup() {
    [ -n "$game" ] && kill "$game" 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# The trainer's screen shows a log: a few finished sessions.
for s in tests/scripts/*.model.ron; do
    "$bin" play --script "$s" --log "$work/log.jsonl" >/dev/null
done

# A display of our own, the first free number from 90 on.
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
    display=$((display + 1))
done
Xvfb ":$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1

ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

printf '%-8s %8s %10s\n' screen seconds "CPU (% of a core)"
for screen in start desk trainer; do
    DISPLAY=":$display" "$bin" game --log "$work/log.jsonl" --show "$screen" >"$work/$screen.out" 2>&1 &
    game=$!
    sleep "$warmup"
    kill -0 "$game" 2>/dev/null || { echo "the game ended early on $screen:" >&2; cat "$work/$screen.out" >&2; exit 1; }
    before=$(cpu_ticks "$game")
    start=$(date +%s.%N)
    sleep "$seconds"
    after=$(cpu_ticks "$game")
    end=$(date +%s.%N)
    kill "$game"
    wait "$game" 2>/dev/null || true
    game=""
    awk -v s="$screen" -v d="$((after - before))" -v t="$ticks" -v a="$start" -v b="$end" \
        'BEGIN { printf "%-8s %8.1f %10.2f\n", s, b - a, 100 * d / t / (b - a) }'
done
