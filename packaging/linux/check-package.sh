#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the Linux package the way a user meets it (CI runs this after the test suite):
# validates the desktop entry and the AppStream metainfo, builds the .deb with CPack, checks that
# its dependencies resolve on this system, unpacks it into a scratch root, and runs the installed
# `cdr-inspector --version` and `cdr-inspector convert` on a provider's real response body.
# Usage: packaging/linux/check-package.sh BUILD_DIR [FIXTURE.json]
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:?usage: check-package.sh BUILD_DIR [FIXTURE.json]}" && pwd)
fixture=${2:-$src/../shared/fixtures/public/plivo_call_list_python_fixture.json}
app_id=org.cdrinspector.CdrInspector

desktop-file-validate "$src/packaging/linux/$app_id.desktop"
appstreamcli validate --no-net "$src/packaging/linux/$app_id.metainfo.xml"

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/cdr-inspector_*.deb | head -n1)
echo "== $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# dpkg-shlibdeps must have found the libraries the executable links (not just our fixed list).
for lib in libqt6core6 libqt6widgets6 libqt6charts6 libqt6keychain1 libsimdjson libphonenumber libsqlite3; do
    grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib" >&2; exit 1; }
done
# Every dependency resolves against this system's archive (apt only simulates).
apt-get install -s -q "$deb" >/dev/null

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
for f in usr/bin/cdr-inspector usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/icons/hicolor/48x48/apps/$app_id.png \
         usr/share/icons/hicolor/256x256/apps/$app_id.png; do
    [ -e "$root/$f" ] || { echo "the package lacks /$f" >&2; exit 1; }
done
echo "== installed: $("$root/usr/bin/cdr-inspector" --version)"
out="$root/calls.csv"
"$root/usr/bin/cdr-inspector" convert "$fixture" -o "$out"
rows=$(($(wc -l <"$out") - 1))
[ "$rows" -gt 0 ] || { echo "the installed convert wrote no calls from $fixture" >&2; exit 1; }
echo "== installed convert: $rows call(s) from $(basename "$fixture")"
