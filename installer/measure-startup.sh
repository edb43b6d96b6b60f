#!/usr/bin/env bash
# Time from launch to first window of the installed app, under Xvfb, with networking off where possible:
#   installer/measure-startup.sh [RUNS] [LAUNCHER]
# LAUNCHER defaults to the application image from mvn -Pinstaller package (/opt/reliefdesk/bin/ReliefDesk once the
# .deb is installed). Each run starts with an empty home folder (the welcome screen, as on first start) and ends
# when a window titled ReliefDesk is mapped. Needs xvfb and xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
launcher=${2:-target/jpackage/image/ReliefDesk/bin/ReliefDesk}
offline=()
if unshare -n true 2>/dev/null; then offline=(unshare -n); fi
for n in $(seq 90 120); do [ -e /tmp/.X11-unix/X$n ] || { disp=:$n; break; }; done
Xvfb "$disp" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
trap 'kill $xpid 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${disp#:}" ] && break; sleep 0.1; done
times=()
for i in $(seq "$runs"); do
  home=$(mktemp -d)
  t0=$(date +%s%N)
  HOME=$home DISPLAY=$disp "${offline[@]}" "$launcher" >"$home.log" 2>&1 & pid=$!
  until DISPLAY=$disp xdotool search --onlyvisible --name ReliefDesk >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { cat "$home.log"; echo "the app ended before showing a window" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  times+=($(( (t1 - t0) / 1000000 )))
  kill $pid; wait $pid 2>/dev/null || true; rm -rf "$home" "$home.log"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "launch to first window, ${runs} runs${offline:+ (no network)}: ${times[*]} ms"
echo "median ${sorted[$(( runs / 2 ))]} ms, fastest ${sorted[0]} ms, slowest ${sorted[$(( runs - 1 ))]} ms"
