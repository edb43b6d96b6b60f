#!/usr/bin/env bash
# CI's smoke test of the installed program: builds the Linux application image (mvn -Pinstaller, image only) and
# runs its command-line launcher end to end on a small generated DOJ file: import, evaluation, results, and the
# court workbook and motion. Where the machine allows it (root), it runs with networking switched off.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
mvn -B -q -Pinstaller -DskipTests -Dinstaller.imageOnly=true package
echo "application image built in $(( $(date +%s) - start )) s: $(du -sh target/jpackage/image/ReliefDesk | cut -f1)"

# The desktop launcher carries what ControlsFX needs in the linked runtime (decision 0013), and ControlsFX is there.
cfg=target/jpackage/image/ReliefDesk/lib/app/ReliefDesk.cfg
grep -q -- '--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED' "$cfg" || { echo "SMOKE TEST FAILED: $cfg lacks the add-opens ControlsFX needs" >&2; exit 1; }
ls target/jpackage/image/ReliefDesk/lib/app/controlsfx-*.jar >/dev/null || { echo "SMOKE TEST FAILED: ControlsFX is not in the image" >&2; exit 1; }

cli="$PWD/target/jpackage/image/ReliefDesk/bin/reliefdesk-cli"
offline=()
if unshare -n true 2>/dev/null; then offline=(unshare -n); echo "running with no network (unshare -n)"; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')

"${offline[@]}" "$cli" --version | grep -qx "ReliefDesk $version" || fail "--version is not ReliefDesk $version"
"${offline[@]}" "$cli" generate-test-data --county SACRAMENTO --target-size 2000 --seed 5 --outputs "$work/doj.csv" \
  >/dev/null
"${offline[@]}" "$cli" run --input-doj "$work/doj.csv" --county SACRAMENTO --compute-at 2020-07-01 \
  --preset dismiss-all --outputs "$work/out" --workspace "$work/w.reliefdesk" >"$work/run.txt" 2>&1 \
  || { cat "$work/run.txt"; fail "run"; }
grep -q "2,000 rows read, 2,000 accepted, 0 set aside" "$work/run.txt" || { cat "$work/run.txt"; fail "import counts"; }
for f in All_Results.csv Prop64_Results.csv summary.json gogen.json; do
  [ -s "$work/out/$f" ] || fail "results file $f missing"
done
"${offline[@]}" "$cli" export --workspace "$work/w.reliefdesk" --xlsx "$work/r.xlsx" --motion "$work/m.pdf" \
  --office docs/demo/DEMO-office.json >/dev/null 2>&1 || fail "export"
[ "$(head -c 4 "$work/m.pdf")" = "%PDF" ] || fail "the motion is not a PDF"
[ "$(head -c 2 "$work/r.xlsx")" = "PK" ] || fail "the workbook is not an .xlsx"
echo "smoke test passed: the application image's reliefdesk-cli imported, decided and exported ($(( $(date +%s) - start )) s)"
