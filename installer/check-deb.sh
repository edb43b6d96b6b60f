#!/usr/bin/env bash
# Installs the built .deb, uses it, upgrades over it with a newer version, then uninstalls and purges it, and checks
# that the user's workspaces and settings survive each step and that the menu entry and both launchers work.
# Needs root (dpkg/apt), the package from `mvn -Pinstaller package` (target/installer/*.deb) and its image.
# Usage: sudo installer/check-deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/installer/reliefdesk_*.deb | head -1)
version=$(dpkg-deb -f "$deb" Version); version=${version%-*}
newer="${version%.*}.$(( ${version##*.} + 1 ))"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export HOME="$work/home"; mkdir -p "$HOME"
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "== install $deb"
apt-get install -y -qq "./$deb" >/dev/null 2>"$work/apt.log" || { cat "$work/apt.log"; fail "install"; }
[ -x /opt/reliefdesk/bin/ReliefDesk ] && [ -x /opt/reliefdesk/bin/reliefdesk-cli ] || fail "launchers missing"
grep -q '^Categories=Office' /usr/share/applications/reliefdesk-ReliefDesk.desktop || fail "no Office menu entry"
[ "$(readlink -f /usr/bin/reliefdesk)" = /opt/reliefdesk/bin/reliefdesk-cli ] || fail "reliefdesk not on the PATH"
cli=reliefdesk
"$cli" --version

echo "== use it: a workspace and a settings file in the user's folders"
"$cli" generate-test-data --county SACRAMENTO --target-size 3000 --outputs "$work/doj.csv" >/dev/null
"$cli" run --input-doj "$work/doj.csv" --county SACRAMENTO --compute-at 2020-07-01 --preset dismiss-all \
  --outputs "$work/out" --workspace "$HOME/cases.reliefdesk" >"$work/run.log" 2>&1 || { cat "$work/run.log"; fail "run"; }
mkdir -p "$HOME/.config/reliefdesk"; echo "user=paralegal" > "$HOME/.config/reliefdesk/settings.properties"
before=$(sha256sum "$HOME/cases.reliefdesk" "$HOME/.config/reliefdesk/settings.properties")

echo "== upgrade to $newer"
jpackage @installer/linux-package.txt --app-image target/jpackage/image/ReliefDesk --app-version "$newer" \
  --dest "$work/newer" >/dev/null
apt-get install -y -qq "$work/newer/reliefdesk_${newer}-1_amd64.deb" >/dev/null 2>"$work/apt.log" || { cat "$work/apt.log"; fail "upgrade"; }
[ "$(dpkg-query -W -f '${Version}' reliefdesk)" = "$newer-1" ] || fail "upgrade did not install $newer"
[ "$before" = "$(sha256sum "$HOME/cases.reliefdesk" "$HOME/.config/reliefdesk/settings.properties")" ] \
  || fail "upgrade changed the user's files"
"$cli" export --workspace "$HOME/cases.reliefdesk" --xlsx "$work/after-upgrade.xlsx" >/dev/null 2>&1 \
  || fail "the upgraded app cannot read the workspace"
before=$(sha256sum "$HOME/cases.reliefdesk" "$HOME/.config/reliefdesk/settings.properties")  # the export audits

echo "== uninstall and purge"
apt-get purge -y -qq reliefdesk >/dev/null 2>"$work/apt.log" || { cat "$work/apt.log"; fail "purge"; }
[ ! -e /opt/reliefdesk ] || fail "/opt/reliefdesk left behind"
[ ! -e /usr/share/applications/reliefdesk-ReliefDesk.desktop ] && [ ! -e /usr/bin/reliefdesk ] || fail "menu entry or command left behind"
[ "$before" = "$(sha256sum "$HOME/cases.reliefdesk" "$HOME/.config/reliefdesk/settings.properties")" ] \
  || fail "uninstall touched the user's files"
echo "OK: installed $version, upgraded to $newer, purged; workspace and settings unchanged throughout"
