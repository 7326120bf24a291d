#!/usr/bin/env bash
# Conformance of every file the kit writes (issue 10): each generator below writes files into its
# own folder under the output folder; then every .xlsx/.docx there goes through
# ../shared/tools/ooxml-check (ECMA-376 schemas + Excel's package rules) and, for workbooks,
# openpyxl (load_workbook normal and read_only, every cell). A known-bad copy (vertical="middle")
# must be caught. Exit 0 only when every generator ran and every file passed.
#
# Usage: scripts/conformance/check-written-files.sh [output folder]   (default: a temp folder)
# Env:   OOXML_CHECK (default ../shared/tools/ooxml-check), OPENPYXL_PYTHON (default /usr/bin/python3)
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

# One line per generator: "<folder name> <command>"; the command gets the folder to write into as
# its last argument, and must write only files the kit produces there (inputs go elsewhere).
GENERATORS=(
  "templates   npx tsx scripts/conformance/write-templates.ts"
  "demo        npx tsx scripts/conformance/write-demo.ts"
  "hostile     npx tsx scripts/conformance/write-hostile-consolidation.ts"
  "edge-cases  npx tsx scripts/conformance/write-edge-consolidation.ts"
)

OUT=${1:-$(mktemp -d "${TMPDIR:-/tmp}/sakip-conformance-XXXXXX")}
OOXML_CHECK=${OOXML_CHECK:-$ROOT/../shared/tools/ooxml-check}
PYTHON=${OPENPYXL_PYTHON:-/usr/bin/python3}
problems=0
fail() {
  echo "CONFORMANCE: $*" >&2
  problems=$((problems + 1))
}

[ -x "$OOXML_CHECK" ] || { echo "CONFORMANCE: ooxml-check not found at $OOXML_CHECK (set OOXML_CHECK)" >&2; exit 2; }
"$PYTHON" -c 'import openpyxl' 2>/dev/null || { echo "CONFORMANCE: $PYTHON has no openpyxl (Debian python3-openpyxl)" >&2; exit 2; }
mkdir -p "$OUT"
echo "conformance: writing into $OUT"

for line in "${GENERATORS[@]}"; do
  read -r name command <<<"$line"
  rm -rf "${OUT:?}/$name"
  mkdir -p "$OUT/$name"
  echo "== generate $name: $command"
  # shellcheck disable=SC2086 # the command is words on purpose
  if ! $command "$OUT/$name" >"$OUT/$name.log" 2>&1; then
    tail -n 30 "$OUT/$name.log" >&2
    fail "generator $name failed (log: $OUT/$name.log)"
  fi
  [ -n "$(find "$OUT/$name" -type f \( -name '*.xlsx' -o -name '*.docx' \) -print -quit)" ] || fail "generator $name wrote no .xlsx/.docx"
done

mapfile -d '' files < <(find "$OUT" -type f \( -name '*.xlsx' -o -name '*.docx' \) -not -path "$OUT/known-bad/*" -print0 | sort -z)
mapfile -d '' workbooks < <(printf '%s\0' "${files[@]}" | grep -z '\.xlsx$')
echo "== ooxml-check: ${#files[@]} file(s)"
for file in "${files[@]}"; do
  "$OOXML_CHECK" "$file" || fail "ooxml-check: $file"
done
echo "== openpyxl: ${#workbooks[@]} workbook(s)"
"$PYTHON" scripts/conformance/openpyxl-load.py "${workbooks[@]}" || fail "openpyxl refused a workbook (above)"

# The check itself must catch a known-bad file: a written workbook with vertical="middle" in its styles.
echo "== known-bad file"
mkdir -p "$OUT/known-bad"
bad=$OUT/known-bad/vertical-middle.xlsx
if "$PYTHON" - "${workbooks[0]}" "$bad" <<'PY'; then
import sys, zipfile
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
    patched = False
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/styles.xml":
            text = data.decode("utf-8")
            new = text.replace('vertical="center"', 'vertical="middle"')
            if new == text:
                new = text.replace("<alignment ", '<alignment vertical="middle" ', 1)
            patched = new != text
            data = new.encode("utf-8")
        zout.writestr(item, data)
sys.exit(0 if patched else 1)
PY
  "$OOXML_CHECK" "$bad" >"$OUT/known-bad.log" 2>&1
  status=$?
  if [ "$status" -eq 1 ] && grep -q 'middle' "$OUT/known-bad.log"; then
    echo "known-bad file caught by ooxml-check: $(grep -m1 'middle' "$OUT/known-bad.log")"
  else
    cat "$OUT/known-bad.log" >&2
    fail "ooxml-check did not catch vertical=\"middle\" (exit $status)"
  fi
else
  fail "could not make the known-bad file from ${workbooks[0]:-<no workbook>}"
fi

if [ "$problems" -gt 0 ]; then
  echo "conformance: $problems problem(s); files in $OUT" >&2
  exit 1
fi
echo "conformance: ${#files[@]} file(s) written by the kit pass ooxml-check and openpyxl; known-bad file caught"
