#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the app icon (resources/icons/cdr-inspector.svg) into the raster forms the packages need:
# hicolor PNGs for Linux, cdr-inspector.ico for Windows and cdr-inspector.icns for macOS.
# The outputs are committed, so a build needs none of these tools; run this after changing the SVG.
# Needs: librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=resources/icons/cdr-inspector.svg
out=packaging/icons/hicolor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$out/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/${size}x${size}/apps/org.cdrinspector.CdrInspector.png"
done
# Windows wants 16-256 in one .ico; 256 is stored as PNG (Vista and later read it).
icotool -c -o packaging/windows/cdr-inspector.ico \
    "$out"/{16x16,24x24,32x32,48x48,64x64,128x128}/apps/org.cdrinspector.CdrInspector.png \
    -r "$out/256x256/apps/org.cdrinspector.CdrInspector.png"
# png2icns picks the icns slot from each PNG's size (16, 32, 48, 128, 256, 512).
png2icns packaging/macos/cdr-inspector.icns \
    "$out"/{16x16,32x32,48x48,128x128,256x256,512x512}/apps/org.cdrinspector.CdrInspector.png >/dev/null
