#!/usr/bin/env bash
# CI's smoke test of the installed program: builds the application image of the OS it runs on (mvn -Pinstaller,
# image only) and runs its command-line launcher end to end on a small generated DOJ file: import, evaluation,
# results, and the court workbook and motion. Where the machine allows it (Linux, as root), it runs with networking
# switched off. Runs on Linux, macOS and Windows (Git Bash, as on GitHub's runners: .github/workflows/release.yml).
# Usage: installer/smoke-test.sh [--image-built]   (--image-built: test the image already in target/jpackage/image)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
if [ "${1:-}" != "--image-built" ]; then
  mvn -B -q -Pinstaller -DskipTests -Dinstaller.imageOnly=true package
fi
case "$(uname -s)" in
  Linux*) image=target/jpackage/image/ReliefDesk; cli=$image/bin/reliefdesk-cli ;;
  Darwin*) image=target/jpackage/image/ReliefDesk.app; cli=$image/Contents/MacOS/reliefdesk-cli ;;
  MINGW* | MSYS* | CYGWIN*) image=target/jpackage/image/ReliefDesk; cli=$image/reliefdesk-cli.exe ;;
  *) fail "no application image layout known for $(uname -s)" ;;
esac
[ -x "$cli" ] || fail "no command-line launcher at $cli"
echo "application image ready in $(( $(date +%s) - start )) s: $(du -sh "$image" | cut -f1)"

# The desktop launcher carries what ControlsFX needs in the linked runtime (decision 0017), and ControlsFX is there.
cfg=$(find "$image" -name ReliefDesk.cfg | head -n 1)
[ -n "$cfg" ] || fail "no ReliefDesk.cfg in $image"
grep -q -- '--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED' "$cfg" || fail "$cfg lacks the add-opens ControlsFX needs"
find "$image" -name 'controlsfx-*.jar' | grep -q . || fail "ControlsFX is not in the image"

cli="$PWD/$cli"
offline=()
if [ "$(uname -s)" = Linux ] && unshare -n true 2>/dev/null; then offline=(unshare -n); echo "running with no network (unshare -n)"; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# Windows programs get the folder as C:/... (Git Bash's /tmp means nothing to them)
if command -v cygpath >/dev/null 2>&1; then w=$(cygpath -m "$work"); else w=$work; fi
version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout | sed 's/\x1b\[[0-9;]*m//g' | tr -d '\r')

${offline[@]+"${offline[@]}"} "$cli" --version | tr -d '\r' | grep -qx "ReliefDesk $version" || fail "--version is not ReliefDesk $version"
${offline[@]+"${offline[@]}"} "$cli" generate-test-data --county SACRAMENTO --target-size 2000 --seed 5 --outputs "$w/doj.csv" \
  >/dev/null
${offline[@]+"${offline[@]}"} "$cli" run --input-doj "$w/doj.csv" --county SACRAMENTO --compute-at 2020-07-01 \
  --preset dismiss-all --outputs "$w/out" --workspace "$w/w.reliefdesk" >"$work/run.txt" 2>&1 \
  || { cat "$work/run.txt"; fail "run"; }
grep -q "2,000 rows read, 2,000 accepted, 0 set aside" "$work/run.txt" || { cat "$work/run.txt"; fail "import counts"; }
for f in All_Results.csv Prop64_Results.csv summary.json gogen.json; do
  [ -s "$work/out/$f" ] || fail "results file $f missing"
done
${offline[@]+"${offline[@]}"} "$cli" export --workspace "$w/w.reliefdesk" --xlsx "$w/r.xlsx" --motion "$w/m.pdf" \
  --office docs/demo/DEMO-office.json >"$work/export.txt" 2>&1 || { cat "$work/export.txt"; fail "export"; }
[ "$(head -c 4 "$work/m.pdf")" = "%PDF" ] || fail "the motion is not a PDF"
[ "$(head -c 2 "$work/r.xlsx")" = "PK" ] || fail "the workbook is not an .xlsx"
if command -v qpdf >/dev/null 2>&1; then qpdf --check "$work/m.pdf" >/dev/null || fail "qpdf --check on the motion"; fi
echo "smoke test passed on $(uname -s): the application image's reliefdesk-cli imported, decided and exported" \
  "($(( $(date +%s) - start )) s)"
