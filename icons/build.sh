#!/usr/bin/env bash
# Renders the icon from its SVG source into every size and format the app and installers use.
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
# The outputs are committed; run this only after changing reliefdesk.svg.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" reliefdesk.svg -o "reliefdesk-$s.png"
done
# Windows: one .ico with the sizes Explorer and the taskbar pick from (256 stored as PNG).
icotool -c -o reliefdesk.ico reliefdesk-16.png reliefdesk-32.png reliefdesk-48.png reliefdesk-64.png \
  reliefdesk-128.png -r reliefdesk-256.png
# macOS: an .icns with the standard sizes (1024 is the 512@2x entry).
png2icns reliefdesk.icns reliefdesk-16.png reliefdesk-32.png reliefdesk-48.png reliefdesk-128.png \
  reliefdesk-256.png reliefdesk-512.png reliefdesk-1024.png >/dev/null
rm reliefdesk-1024.png
# the app's own window and About icons
cp reliefdesk-16.png reliefdesk-32.png reliefdesk-48.png reliefdesk-64.png reliefdesk-128.png reliefdesk-256.png \
  ../src/main/resources/ui/icons/
